package dev.baton.cli;

import dev.baton.runtime.RemoteWorkers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code baton worker}: runs stages sent through a broker, a number at a time, until it is stopped. */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Run stages that 'baton run --broker' sends through the broker, until stopped.",
                "It needs only the broker: no job repository, no shared files; secrets are this process's environment."})
final class WorkerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--broker", paramLabel = "tcp://HOST:PORT",
            description = "The broker (default: $BATON_BROKER). User and password: $BATON_BROKER_USER, $BATON_BROKER_PASSWORD.")
    String broker;

    @Option(names = "--slots", paramLabel = "N", description = "How many stages it runs at once (default: the number of cores).")
    Integer slots;

    @Override
    public Integer call() throws Exception {
        int n = slots == null ? Runtime.getRuntime().availableProcessors() : slots;
        if (n < 1) {
            throw new UsageException("baton: --slots must be at least 1, not " + n);
        }
        try {
            RemoteWorkers.work(broker, n, spec.commandLine().getOut());
        } catch (IllegalArgumentException e) {
            throw new UsageException("baton: " + e.getMessage());
        }
        return ExitCodes.OK;
    }
}
