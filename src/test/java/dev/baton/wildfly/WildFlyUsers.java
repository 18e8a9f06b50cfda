package dev.baton.wildfly;

/** The application users that src/test/wildfly/prepare.sh adds to the test server with add-user.sh. */
final class WildFlyUsers {

    static final String ADMIN = "batonadmin";
    static final String ADMIN_PASSWORD = "Admin-pass-1";
    static final String VIEWER = "batonviewer";
    static final String VIEWER_PASSWORD = "Viewer-pass-1";

    private WildFlyUsers() {
    }
}
