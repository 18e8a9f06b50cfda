package dev.baton.cli;

import dev.baton.pipeline.Pipeline;
import dev.baton.runtime.Baton;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code baton validate}: checks a pipeline and lists every problem as {@code FILE:LINE:COLUMN: message}. */
@Command(name = "validate", description = "Check a pipeline; list every problem as FILE:LINE:COLUMN: message.",
        mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--pipeline", required = true, paramLabel = "FILE", description = "The pipeline file (YAML).")
    Path pipeline;

    @Override
    public Integer call() {
        PipelineOptions options = new PipelineOptions();
        options.pipeline = pipeline;
        Pipeline loaded = options.load(new Baton());
        spec.commandLine().getOut().printf(Locale.ROOT, "%s: valid (%d stages)%n", pipeline, loaded.stages().size());
        return ExitCodes.OK;
    }
}
