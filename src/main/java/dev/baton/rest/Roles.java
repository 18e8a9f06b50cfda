package dev.baton.rest;

/** The API's two roles, the same names in WildFly ({@code web.xml}) and in {@code baton serve} (its tokens). */
public final class Roles {

    /** May read: every {@code GET}. */
    public static final String VIEWER = "baton-viewer";
    /** May read and act. */
    public static final String ADMIN = "baton-admin";

    private Roles() {
    }
}
