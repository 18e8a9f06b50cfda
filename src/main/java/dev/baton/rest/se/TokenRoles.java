package dev.baton.rest.se;

import dev.baton.rest.Roles;
import jakarta.ws.rs.core.SecurityContext;

import java.security.Principal;

/**
 * The security context {@code baton serve} gives a request it let through: the full token is role
 * {@value Roles#ADMIN}, the read-only token {@value Roles#VIEWER}, and with authentication off every
 * request is an anonymous admin.
 *
 * @param user   the principal's name
 * @param admin  whether the request may act
 */
record TokenRoles(String user, boolean admin) implements SecurityContext {

    static final TokenRoles FULL = new TokenRoles("token", true);
    static final TokenRoles VIEWER = new TokenRoles("read-only token", false);
    static final TokenRoles OPEN = new TokenRoles("anonymous", true);

    @Override
    public Principal getUserPrincipal() {
        return () -> user;
    }

    @Override
    public boolean isUserInRole(String role) {
        return Roles.VIEWER.equals(role) || admin && Roles.ADMIN.equals(role);
    }

    @Override
    public boolean isSecure() {
        return false;
    }

    @Override
    public String getAuthenticationScheme() {
        return this == OPEN ? null : "Bearer";
    }
}
