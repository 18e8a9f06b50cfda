package dev.baton.rest.se;

import dev.baton.console.BatonConsole;
import dev.baton.rest.BatonApi;
import dev.baton.rest.CrossSiteFilter;
import dev.baton.runtime.WeldContainers;
import io.undertow.Undertow;
import org.jboss.resteasy.cdi.CdiInjectorFactory;
import org.jboss.resteasy.core.ResteasyDeploymentImpl;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;
import org.jboss.resteasy.spi.ResteasyDeployment;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;

/**
 * The REST API in Java SE: {@link BatonApi} on RESTEasy and Undertow, its resources beans of the
 * Weld SE container that JBeret uses, at {@value #CONTEXT}{@value BatonApi#PATH} as in WildFly; and
 * the console ({@link BatonConsole}) at {@value #CONTEXT}/, with the token sign-in ({@link SignIn})
 * when tokens are required; and Baton's metrics in the Prometheus text format at {@value #METRICS}
 * ({@link MetricsResource}), behind the same host check and tokens as the API. Each is a deployment
 * of its own (Undertow picks the longer context path).
 */
public final class ApiServer implements AutoCloseable {

    /** The web context, the WAR's name in WildFly. */
    public static final String CONTEXT = "/baton";

    /** Where the metrics page is, the path Prometheus scrapes by default. */
    public static final String METRICS = "/metrics";

    private final Server server;

    private ApiServer(Server server) {
        this.server = server;
    }

    /**
     * Starts the server, once the Weld SE container has started (waiting for it if it is starting).
     *
     * @param host      the address to bind
     * @param port      the port, or 0 for any free one
     * @param token       the token that may do everything, or null to let every request through
     * @param viewerToken the token that may only read (ignored when {@code token} is null)
     * @param tokenFile   where the full token is kept, for the message of a refused request
     */
    public static ApiServer start(String host, int port, String token, String viewerToken, Path tokenFile) {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("cannot bind " + host + ": " + e.getMessage(), e);
        }
        // the command line may still be starting the container on its warm-up thread: RESTEasy's CDI
        // injector factory would find it half-initialized (WELD-001332) and fail the deployment
        WeldContainers.get();
        Tokens tokens = token == null ? null : new Tokens(token, viewerToken);
        ResteasyDeployment api = new ResteasyDeploymentImpl();
        api.setApplication(new BatonApi());
        api.setInjectorFactoryClass(CdiInjectorFactory.class.getName());
        api.getProviders().add(new HostFilter(address));
        api.getProviders().add(tokens == null ? new OpenAccess() : new TokenFilter(tokens, tokenFile));

        Server server = new Server();
        server.deploy(server.undertowDeployment(api, "/")
                .setContextPath(CONTEXT + BatonApi.PATH)
                .setDeploymentName("baton-api")
                .setClassLoader(ApiServer.class.getClassLoader()));
        ResteasyDeployment metrics = new ResteasyDeploymentImpl();
        metrics.getResources().add(new MetricsResource());
        metrics.getProviders().add(new dev.baton.rest.JsonBodies()); // the refusals are JSON, as the API's
        metrics.getProviders().add(new HostFilter(address));
        metrics.getProviders().add(tokens == null ? new OpenAccess() : new TokenFilter(tokens, tokenFile));
        server.deploy(server.undertowDeployment(metrics, "/")
                .setContextPath("/")
                .setDeploymentName("baton-metrics")
                .setClassLoader(ApiServer.class.getClassLoader()));
        ResteasyDeployment console = new ResteasyDeploymentImpl();
        console.setApplication(new BatonConsole());
        console.getProviders().add(new HostFilter(address));
        console.getProviders().add(new CrossSiteFilter());
        if (tokens != null) {
            console.getResources().add(new SignIn(tokens, tokenFile));
        }
        server.deploy(server.undertowDeployment(console, "/")
                .setContextPath(CONTEXT)
                .setDeploymentName("baton-console")
                .setClassLoader(ApiServer.class.getClassLoader()));
        server.start(Undertow.builder().addHttpListener(port, host));
        return new ApiServer(server);
    }

    /** The port it listens on. */
    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** RESTEasy's Undertow server, telling the port it bound. */
    private static final class Server extends UndertowJaxrsServer {
        int port() {
            return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
        }
    }
}
