package dev.baton.cli;

import dev.baton.runtime.RemoteWorkers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code baton broker}: an embedded Apache Artemis broker for remote workers, until it is stopped
 * (Ctrl-C, SIGTERM). Bound to 127.0.0.1 unless told otherwise; bound elsewhere, it requires the
 * user and password of {@code BATON_BROKER_USER} and {@code BATON_BROKER_PASSWORD}.
 */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = {"Run an embedded Apache Artemis broker for 'baton worker' and 'baton run --broker' until stopped.",
                "Bound beyond loopback it requires $BATON_BROKER_USER and $BATON_BROKER_PASSWORD (clients give the same)."})
final class BrokerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "61616", description = "The port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String bind;

    @Option(names = "--tls-keystore", paramLabel = "FILE",
            description = {"Speak TLS with this key store (PKCS12 or JKS; its password in $BATON_BROKER_KEYSTORE_PASSWORD).",
                    "Clients then add ?sslEnabled=true&trustStorePath=FILE to the broker's URL."})
    Path keyStore;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        AutoCloseable broker;
        try {
            broker = RemoteWorkers.startBroker(bind, port, keyStore);
        } catch (IllegalArgumentException e) {
            throw new UsageException("baton: " + e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                broker.close();
            } catch (Exception e) {
                // the process ends anyway
            }
            stopped.countDown();
        }, "baton-broker-stop"));
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        out.printf(Locale.ROOT, "baton: broker at tcp://%s:%d%s%n", host, port, keyStore == null ? "" : " (TLS)");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
