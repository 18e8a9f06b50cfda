package dev.baton.rest.se;

import dev.baton.message.Msg;
import dev.baton.rest.ApiError;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.file.Path;
import java.util.Set;

/**
 * Lets through only requests that carry one of the server's tokens ({@code Authorization: Bearer
 * TOKEN}): the full token for everything, the read-only one for {@code GET} and {@code HEAD} (403
 * for the rest, as WildFly does for its baton-viewer role); others get 401. Registered by
 * {@link ApiServer} only (not a scanned provider), so WildFly, where the container authenticates,
 * never sees it. A request without that header may carry the token in the console's cookie
 * ({@value SignIn#COOKIE}, HttpOnly and SameSite=Strict, so no page of another site sends it).
 * A request let through gets a security context with its role ({@link TokenRoles}).
 */
@Priority(Priorities.AUTHENTICATION)
public final class TokenFilter implements ContainerRequestFilter {

    private static final Set<String> READING = Set.of("GET", "HEAD");
    private static final String BEARER = "Bearer ";

    private final Tokens tokens;
    private final Path tokenFile;

    /**
     * @param tokens    the server's tokens
     * @param tokenFile where the full token is kept; a refused request is told its name, never where BATON_HOME is
     */
    TokenFilter(Tokens tokens, Path tokenFile) {
        this.tokens = tokens;
        this.tokenFile = tokenFile;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        TokenRoles role = tokens.roleOf(presented(request));
        if (role == null) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"baton\"")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(401, Msg.UNAUTHORIZED.code(), Msg.UNAUTHORIZED.format(tokenFile.getFileName()), null))
                    .build());
            return;
        }
        if (!role.admin() && !READING.contains(request.getMethod())) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(403, Msg.READ_ONLY_TOKEN.code(), Msg.READ_ONLY_TOKEN.format(tokenFile.getFileName()), null))
                    .build());
            return;
        }
        request.setSecurityContext(role);
    }

    /** The token of the Authorization header, else of the console's cookie, else null. */
    private static String presented(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null) {
            String h = header.strip();
            return h.regionMatches(true, 0, BEARER, 0, BEARER.length()) ? h.substring(BEARER.length()) : "";
        }
        Cookie cookie = request.getCookies().get(SignIn.COOKIE);
        return cookie == null ? null : cookie.getValue();
    }
}
