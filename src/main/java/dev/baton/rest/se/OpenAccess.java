package dev.baton.rest.se;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

/** With {@code --no-auth} (loopback only): every request may act, as an anonymous admin. */
@Priority(Priorities.AUTHENTICATION)
final class OpenAccess implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        request.setSecurityContext(TokenRoles.OPEN);
    }
}
