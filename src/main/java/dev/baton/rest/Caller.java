package dev.baton.rest;

/**
 * Who sends a request, as the server's authentication sees them: what the console shows and which
 * actions it offers.
 *
 * @param name   the user's name (WildFly), the kind of token (Java SE), or {@code anonymous} when authentication is off
 * @param mayAct  whether the user may start, stop, restart, abandon and upload (role {@value Roles#ADMIN})
 * @param signOut whether the console signs the user out itself ({@code baton serve}'s token sign-in); a container's
 *                BASIC login ends when the browser forgets it
 */
public record Caller(String name, boolean mayAct, boolean signOut) {
}
