package dev.baton.cli;

import dev.baton.runtime.Baton;
import dev.baton.runtime.RunState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

/** {@code baton abandon}: marks a run that is not running as never to be restarted. */
@Command(name = "abandon", mixinStandardHelpOptions = true, description = "Abandon a run that is not running: it can never be restarted.")
final class AbandonCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EXECUTION_ID")
    long executionId;

    @Override
    public Integer call() {
        RunState state = new Baton().control().abandon(executionId);
        spec.commandLine().getOut().printf("baton: execution %d %s%n", executionId, state.status());
        return ExitCodes.OK;
    }
}
