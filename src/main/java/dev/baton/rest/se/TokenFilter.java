package dev.baton.rest.se;

import dev.baton.message.Msg;
import dev.baton.rest.ApiError;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.security.MessageDigest;

/**
 * Lets through only requests that carry one of the server's tokens ({@code Authorization: Bearer
 * TOKEN}): the full token for everything, the read-only one for {@code GET} and {@code HEAD} (403
 * for the rest, as WildFly does for its baton-viewer role); others get 401. Registered by
 * {@link ApiServer} only (not a scanned provider), so WildFly, where the container authenticates,
 * never sees it.
 */
@Priority(Priorities.AUTHENTICATION)
public final class TokenFilter implements ContainerRequestFilter {

    private static final Set<String> READING = Set.of("GET", "HEAD");

    private final byte[] full;
    private final byte[] readOnly;
    private final Path tokenFile;

    /**
     * @param token       the token that may do everything
     * @param viewerToken the token that may only read
     * @param tokenFile   where the full token is kept; a refused request is told its name, never where BATON_HOME is
     */
    public TokenFilter(String token, String viewerToken, Path tokenFile) {
        this.full = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        this.readOnly = ("Bearer " + viewerToken).getBytes(StandardCharsets.UTF_8);
        this.tokenFile = tokenFile;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        byte[] given = header == null ? new byte[0] : header.strip().getBytes(StandardCharsets.UTF_8);
        if (MessageDigest.isEqual(readOnly, given) && !MessageDigest.isEqual(full, given)) {
            if (!READING.contains(request.getMethod())) {
                request.abortWith(Response.status(Response.Status.FORBIDDEN)
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(new ApiError(403, Msg.READ_ONLY_TOKEN.code(), Msg.READ_ONLY_TOKEN.format(tokenFile.getFileName()), null))
                        .build());
            }
            return;
        }
        if (!MessageDigest.isEqual(full, given)) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"baton\"")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(401, Msg.UNAUTHORIZED.code(), Msg.UNAUTHORIZED.format(tokenFile.getFileName()), null))
                    .build());
        }
    }
}
