package dev.baton.cli;

import dev.baton.doctor.Check;
import dev.baton.doctor.Doctor;
import dev.baton.runtime.Baton;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code baton doctor}: says whether this machine has what runs (or one pipeline) need, and how to get what is missing. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Check what runs need: Java, the job repository, the model endpoint, Chromium, the OTLP endpoint.",
                "With --pipeline, only what that pipeline needs. Exit 0 when nothing needed is missing, else 1."})
final class DoctorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--pipeline", paramLabel = "FILE", description = "Check only what this pipeline needs.")
    Path pipeline;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Baton baton = new Baton();
        List<Check> checks;
        if (pipeline != null) {
            PipelineOptions options = new PipelineOptions();
            options.pipeline = pipeline;
            checks = Doctor.check(options.load(baton));
        } else {
            checks = Doctor.check(null);
        }
        int width = checks.stream().mapToInt(c -> c.subject().length()).max().orElse(10);
        for (Check c : checks) {
            out.printf(Locale.ROOT, "%-4s  %-" + width + "s  %s%n", label(c.verdict()), c.subject(), c.detail());
            if (c.fix() != null && (c.verdict() == Check.Verdict.FAIL || c.verdict() == Check.Verdict.WARN)) {
                out.printf(Locale.ROOT, "      %-" + width + "s  fix: %s%n", "", c.fix());
            }
        }
        boolean healthy = Doctor.healthy(checks);
        out.println(healthy ? "baton: ready" : "baton: not ready: fix what is marked FAIL");
        out.flush();
        return healthy ? ExitCodes.OK : ExitCodes.RUN_FAILED;
    }

    private static String label(Check.Verdict verdict) {
        return switch (verdict) {
            case OK -> "ok";
            case WARN -> "warn";
            case FAIL -> "FAIL";
            case SKIP -> "skip";
        };
    }
}
