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
import java.security.MessageDigest;

/**
 * Lets through only requests that carry the server's token ({@code Authorization: Bearer TOKEN});
 * others get 401. Registered by {@link ApiServer} only (not a scanned provider), so WildFly, where
 * the container authenticates, never sees it.
 */
@Priority(Priorities.AUTHENTICATION)
public final class TokenFilter implements ContainerRequestFilter {

    private final byte[] expected;
    private final Path tokenFile;

    public TokenFilter(String token, Path tokenFile) {
        this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        this.tokenFile = tokenFile;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        byte[] given = header == null ? new byte[0] : header.strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, given)) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"baton\"")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(401, Msg.UNAUTHORIZED.code(), Msg.UNAUTHORIZED.format(tokenFile), null))
                    .build());
        }
    }
}
