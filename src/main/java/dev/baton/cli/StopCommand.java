package dev.baton.cli;

import dev.baton.runtime.Baton;
import dev.baton.runtime.RunState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

/** {@code baton stop}: stops a run, from any process; a crashed run is marked stopped. */
@Command(name = "stop", mixinStandardHelpOptions = true,
        description = "Stop a run wherever it runs (the stage under way is interrupted); it can be restarted.")
final class StopCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EXECUTION_ID")
    long executionId;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "60", description = "How long to wait for it to stop (default ${DEFAULT-VALUE}).")
    long waitSeconds;

    @Override
    public Integer call() throws Exception {
        RunState state = new Baton().control().stop(executionId, waitSeconds * 1000);
        spec.commandLine().getOut().printf("baton: execution %d %s%n", executionId, state.isRunning()
                ? "is stopping (it has not ended yet)" : state.status());
        return state.isRunning() ? ExitCodes.RUN_FAILED : ExitCodes.OK;
    }
}
