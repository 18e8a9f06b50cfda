package dev.baton.rest.se;

import dev.baton.rest.BatonApi;
import io.undertow.Undertow;
import io.undertow.servlet.api.DeploymentInfo;
import org.jboss.resteasy.cdi.CdiInjectorFactory;
import org.jboss.resteasy.core.ResteasyDeploymentImpl;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;
import org.jboss.resteasy.spi.ResteasyDeployment;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;

/**
 * The REST API in Java SE: {@link BatonApi} on RESTEasy and Undertow, its resources beans of the
 * Weld SE container that JBeret uses, at {@value #CONTEXT}{@value BatonApi#PATH} as in WildFly.
 */
public final class ApiServer implements AutoCloseable {

    /** The web context, the WAR's name in WildFly. */
    public static final String CONTEXT = "/baton";

    private final Server server;

    private ApiServer(Server server) {
        this.server = server;
    }

    /**
     * Starts the server; the Weld SE container must be running.
     *
     * @param host      the address to bind
     * @param port      the port, or 0 for any free one
     * @param token       the token that may do everything, or null to let every request through
     * @param viewerToken the token that may only read (ignored when {@code token} is null)
     * @param tokenFile   where the full token is kept, for the message of a refused request
     */
    public static ApiServer start(String host, int port, String token, String viewerToken, Path tokenFile) {
        ResteasyDeployment deployment = new ResteasyDeploymentImpl();
        deployment.setApplication(new BatonApi());
        deployment.setInjectorFactoryClass(CdiInjectorFactory.class.getName());
        try {
            deployment.getProviders().add(new HostFilter(InetAddress.getByName(host)));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("cannot bind " + host + ": " + e.getMessage(), e);
        }
        if (token != null) {
            deployment.getProviders().add(new TokenFilter(token, viewerToken, tokenFile));
        }
        Server server = new Server();
        DeploymentInfo info = server.undertowDeployment(deployment, BatonApi.PATH)
                .setContextPath(CONTEXT)
                .setDeploymentName("baton")
                .setClassLoader(ApiServer.class.getClassLoader());
        server.deploy(info);
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
