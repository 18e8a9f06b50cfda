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

    /** The pipeline the execution must have run (null: any), as {@code baton run --pipeline F --resume-run-id} names it. */
    private String expectedPipeline;

    /**
     * The restart of an execution as {@code baton run --pipeline F --resume-run-id ID} asks for it,
     * answering on that command's streams; refused when the execution ran another pipeline.
     */
    static RestartCommand of(CommandSpec spec, long executionId, List<String> memory, OutputFormat output, BrokerOption broker,
                             String expectedPipeline) {
        RestartCommand restart = new RestartCommand();
        restart.broker = broker;
        restart.expectedPipeline = expectedPipeline;
        restart.spec = spec;
        restart.executionId = executionId;
        restart.memory = memory;
        restart.output = output;
        return restart;
    }

    @picocli.CommandLine.Mixin
    BrokerOption broker = new BrokerOption();

    @Option(names = "--server", paramLabel = "URL", defaultValue = "${env:" + RunCommand.SERVER_VARIABLE + "}",
            description = "Restart the execution on the Baton server at URL, as 'baton run --server' runs one (default: $"
                    + RunCommand.SERVER_VARIABLE + ").")
    String server;

    @Override
    public Integer call() throws Exception {
        if (server != null && !server.isBlank()) {
            if (broker.url != null || System.getProperty(dev.baton.runtime.RepositorySettings.PROPERTY) != null) {
                throw new UsageException("baton: --broker and --repository are not for a restart on a server (--server): the server restarts it"
                        + " with its own repository and broker");
            }
            return new RemoteRun(ServerConnection.of(server, dev.baton.record.BatonHome.current()), output, spec.commandLine().getOut(),
                    spec.commandLine().getErr()).restart(executionId, MemoryArgs.parse(memory));
        }
        PrintWriter out = spec.commandLine().getOut();
        dev.baton.telemetry.Telemetry.get(); // OTEL_* settings that cannot be used are a usage error, before the run
        broker.apply();
        Baton baton = new Baton();
        RunState state = baton.records().state(executionId);
        String job = state.execution().getJobName();
        String ran = baton.records().pipelineOf(job).orElse(job);
        if (expectedPipeline != null && !expectedPipeline.equals(ran)) {
            throw new UsageException("baton: execution " + executionId + " is a run of pipeline '" + ran + "', not of '"
                    + expectedPipeline + "' (--pipeline); resume it with that pipeline's file, or with: baton restart " + executionId);
        }
        Map<String, String> restartMemory = MemoryArgs.parse(memory);
        if (output == OutputFormat.human) {
            out.printf(Locale.ROOT, "baton: restarting %s execution %d (%s)%n", ran, executionId,
                    state.status().toLowerCase(Locale.ROOT));
            out.flush();
        }
        int width = baton.records().stagesOf(job).stream().mapToInt(String::length).max().orElse(8);
        return Follow.follow(baton, output, out, spec.commandLine().getErr(), width, () -> baton.restart(executionId, restartMemory)).exitCode();
    }
}
