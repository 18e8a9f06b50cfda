package dev.baton.cli;

import dev.baton.runtime.RunState;
import dev.baton.runtime.Baton;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code baton restart}: runs a failed, stopped or crashed execution again from where it stopped. */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = {"Restart a failed, stopped or crashed run: completed stages are not run again.",
                "Restart memory (--mem) overrides the original run's entries of the same name; the others are kept."})
final class RestartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EXECUTION_ID", description = "The run's latest execution.")
    long executionId;

    @Option(names = "--mem", paramLabel = "KEY=VALUE", description = "Memory for the restart; VALUE is JSON, or text. Repeatable.")
    List<String> memory = new ArrayList<>();

    @Option(names = "--output", paramLabel = "human|json", defaultValue = "human", description = "human or json.")
    OutputFormat output;

    @picocli.CommandLine.Mixin
    BrokerOption broker = new BrokerOption();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        broker.apply();
        Baton baton = new Baton();
        RunState state = baton.records().state(executionId);
        String job = state.execution().getJobName();
        Map<String, String> restartMemory = MemoryArgs.parse(memory);
        if (output == OutputFormat.human) {
            out.printf(Locale.ROOT, "baton: restarting %s execution %d (%s)%n", baton.records().pipelineOf(job).orElse(job), executionId,
                    state.status().toLowerCase(Locale.ROOT));
            out.flush();
        }
        int width = baton.records().stagesOf(job).stream().mapToInt(String::length).max().orElse(8);
        return Follow.follow(baton, output, out, spec.commandLine().getErr(), width, () -> baton.restart(executionId, restartMemory)).exitCode();
    }
}
