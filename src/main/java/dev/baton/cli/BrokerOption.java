package dev.baton.cli;

import dev.baton.runtime.RemoteWorkers;
import picocli.CommandLine.Option;

/** {@code --broker}: the stages of this process's runs go to workers through that broker (else {@code BATON_BROKER}, else they run here). */
final class BrokerOption {

    @Option(names = "--broker", paramLabel = "tcp://HOST:PORT",
            description = {"Run the stages on workers ('baton worker') through this broker (default: $BATON_BROKER;",
                    "without either, stages run in this process). User and password: $BATON_BROKER_USER, $BATON_BROKER_PASSWORD."})
    String url;

    /** Puts the broker to use for this process, after checking it answers. */
    void apply() {
        try {
            RemoteWorkers.useBroker(url);
        } catch (IllegalArgumentException e) {
            throw new UsageException("baton: " + e.getMessage());
        }
    }
}
