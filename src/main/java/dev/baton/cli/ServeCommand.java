package dev.baton.cli;

import dev.baton.message.Msg;
import dev.baton.rest.BatonApi;
import dev.baton.rest.se.ApiServer;
import dev.baton.rest.se.ApiToken;
import dev.baton.runtime.Baton;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code baton serve}: the REST API of WildFly's deployment, in this process, until it is
 * stopped (Ctrl-C, SIGTERM). Bound to 127.0.0.1 unless told otherwise; requests carry the token
 * of {@code BATON_HOME/api-token} (or, to read only, that of {@code BATON_HOME/api-token-viewer}),
 * unless {@code --no-auth} on a loopback address. The tokens are secrets: the start message says
 * which files hold them, never the tokens themselves, since a server's output often ends up in logs.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the REST API at http://HOST:PORT/baton/api (metrics at /metrics) until stopped.",
                "Requests need 'Authorization: Bearer TOKEN' with a token kept (readable by you alone) in",
                "$BATON_HOME/api-token (everything) or $BATON_HOME/api-token-viewer (read only)."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8090", description = "The port (default ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String bind;

    @Option(names = "--no-auth", description = "Let requests through without the token; only with a loopback --bind.")
    boolean noAuth;

    @picocli.CommandLine.Mixin
    BrokerOption broker = new BrokerOption();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        broker.apply();
        InetAddress address = InetAddress.getByName(bind);
        if (noAuth && !address.isLoopbackAddress()) {
            throw new UsageException("baton: " + Msg.NO_AUTH_NOT_LOOPBACK.format(bind));
        }
        dev.baton.telemetry.MetricsPage.enable(); // before anything builds the process's OpenTelemetry
        Baton baton = new Baton();
        String repository = baton.startRuntime();
        Path tokenFile = ApiToken.file(baton.home());
        Path viewerFile = ApiToken.viewerFile(baton.home());
        String token;
        String viewerToken;
        try {
            token = noAuth ? null : ApiToken.loadOrCreate(tokenFile);
            viewerToken = noAuth ? null : ApiToken.loadOrCreate(viewerFile);
        } catch (ApiToken.Refused refused) {
            throw new UsageException("baton: " + refused.getMessage());
        }
        if (token != null && token.equals(viewerToken)) {
            throw new UsageException("baton: " + ApiToken.VIEWER_FILE + " holds the same token as " + ApiToken.FILE
                    + ", which would let viewers act; delete " + ApiToken.VIEWER_FILE + " to get a token of its own");
        }
        ApiServer server = ApiServer.start(bind, port, token, viewerToken, tokenFile);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "baton-serve-stop"));
        String host = address.getHostAddress().contains(":") ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
        out.printf(Locale.ROOT, "baton: REST API at http://%s:%d%s%s/ (repository %s)%n", host, server.port(), ApiServer.CONTEXT,
                BatonApi.PATH, repository);
        out.printf(Locale.ROOT, "baton: metrics at http://%s:%d%s (Prometheus text format)%n", host, server.port(), ApiServer.METRICS);
        out.printf(Locale.ROOT, "baton: run a pipeline on this server with: baton run --server http://%s:%d --pipeline FILE%n", host, server.port());
        if (token == null) {
            out.println("baton: authentication is off (--no-auth)");
        } else {
            out.printf(Locale.ROOT, "baton: the token is in %s; send 'Authorization: Bearer TOKEN'%n", tokenFile);
            out.printf(Locale.ROOT, "baton: the read-only token is in %s%n", viewerFile);
        }
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
