package dev.baton.cli;

import dev.baton.pipeline.Pipeline;
import dev.baton.runtime.Baton;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

/** {@code baton translate}: prints a pipeline's job XML. */
@Command(name = "translate", description = "Print the Jakarta Batch job XML of a pipeline.", mixinStandardHelpOptions = true)
final class TranslateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions pipelineOptions;

    @Option(names = "--job-id", paramLabel = "ID",
            description = "The job id to write (default: the pipeline's name, as for the bundled jobs under META-INF/batch-jobs).")
    String jobId;

    @Option(names = "--hashed-id", description = "Use the id a run gives the job: the pipeline's name plus a hash of the translation.")
    boolean hashedId;

    @Override
    public Integer call() {
        Baton baton = new Baton();
        Pipeline pipeline = pipelineOptions.load(baton);
        spec.commandLine().getOut().print(baton.translate(pipeline, pipelineOptions.planOptions(spec.commandLine().getErr()), jobId, hashedId));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
