package dev.baton.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** {@code /me}: who the request comes from and whether they may act ({@link Caller}). */
@ApplicationScoped
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class CallerResource {

    @GET
    public Caller caller(@Context SecurityContext security) {
        String name = security.getUserPrincipal() == null ? "anonymous" : security.getUserPrincipal().getName();
        return new Caller(name, security.isUserInRole(Roles.ADMIN), "Bearer".equals(security.getAuthenticationScheme()));
    }
}
