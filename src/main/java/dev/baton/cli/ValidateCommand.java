package dev.baton.cli;

import dev.baton.json.Json;
import dev.baton.pipeline.Position;
import dev.baton.pipeline.Problem;
import dev.baton.runtime.Baton;
import dev.baton.runtime.RunRequest;
import dev.baton.runtime.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code baton validate}: checks a pipeline as {@code run} would, with the same options, and lists
 * every reason a run would be refused as {@code FILE:LINE:COLUMN: message} (exit 2); the names its
 * tasks need from the run's memory are notes.
 */
@Command(name = "validate", description = {"Check a pipeline as run would; list every problem as FILE:LINE:COLUMN: message.",
        "Names a task uses that no memory defines are notes: give them to run with --mem."}, mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions pipelineOptions;

    @Option(names = "--mem", paramLabel = "KEY=VALUE", description = "Memory the run will have; VALUE is JSON, or text. Repeatable.")
    List<String> memory = new ArrayList<>();

    @Option(names = "--preset", paramLabel = "NAME|FILE", description = "A policy preset, as for run.")
    String preset;

    @Option(names = "--output", paramLabel = "human|json", defaultValue = "human",
            description = "human: a line per problem; json: one object, {\\\"valid\\\": …, \\\"problems\\\": [...]}.")
    OutputFormat output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RunRequest request = RunRequest.of(pipelineOptions.pipeline).with(pipelineOptions.planOptions(spec.commandLine().getErr()))
                .withMemory(MemoryArgs.parse(memory)).withPreset(preset);
        Validation validation = new Baton().validate(request);
        if (output == OutputFormat.json) {
            Map<String, Object> json = validation.valid() ? new LinkedHashMap<>() : ProblemJson.invalid(validation.problems());
            if (validation.valid()) {
                json.put("valid", true);
                json.put("pipeline", validation.pipeline().name());
                json.put("stages", validation.pipeline().stages().size());
                json.put("needs", ProblemJson.of(validation.needs()));
                json.put("notes", ProblemJson.of(validation.unseen()));
            }
            out.println(Json.writePretty(json));
            return validation.valid() ? ExitCodes.OK : ExitCodes.INVALID;
        }
        if (!validation.valid()) {
            validation.problems().forEach(p -> spec.commandLine().getErr().println(line(p)));
            return ExitCodes.INVALID;
        }
        out.printf(Locale.ROOT, "%s: valid (%d stages)%n", pipelineOptions.pipeline, validation.pipeline().stages().size());
        validation.needs().forEach(p -> out.println(note(p)));
        validation.unseen().forEach(p -> out.println(note(p)));
        return ExitCodes.OK;
    }

    /** A note at its place in the file. */
    static String note(Problem problem) {
        return problem.source() + ":" + problem.position() + ": note: " + problem.message();
    }

    /** A problem as the command line prints it: at its place in the file, or as Baton's own line. */
    static String line(Problem problem) {
        return Position.NONE.equals(problem.position()) ? "baton: " + problem.message() : problem.toString();
    }
}
