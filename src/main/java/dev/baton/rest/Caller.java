package dev.baton.rest;

/**
 * Who sends a request, as the server's authentication sees them: what the console shows and which
 * actions it offers.
 *
 * @param name   the user's name (WildFly), the kind of token (Java SE), or {@code anonymous} when authentication is off
 * @param mayAct whether the user may start, stop, restart, abandon and upload (role {@value Roles#ADMIN})
 */
public record Caller(String name, boolean mayAct) {
}
