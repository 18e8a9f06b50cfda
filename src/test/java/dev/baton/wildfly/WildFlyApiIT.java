package dev.baton.wildfly;

import dev.baton.rest.ApiClient;
import dev.baton.rest.RestApiContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The REST API's tests ({@link RestApiContract}, the same as against {@code baton serve}) against
 * WildFly 39 with {@code target/baton.war} deployed, as HTTP clients, with users of WildFly's
 * ApplicationRealm in the roles baton-admin and baton-viewer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WildFlyApiIT extends RestApiContract {

    @ArquillianResource
    URL context;

    @Deployment(testable = false)
    static WebArchive war() {
        return Wars.baton();
    }

    @Override
    protected ApiClient admin() {
        return api(WildFlyUsers.ADMIN, WildFlyUsers.ADMIN_PASSWORD);
    }

    @Override
    protected ApiClient viewer() {
        return api(WildFlyUsers.VIEWER, WildFlyUsers.VIEWER_PASSWORD);
    }

    private ApiClient api(String user, String password) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(java.net.URI.create(context.toString()).resolve("api/"), basic);
    }
}
