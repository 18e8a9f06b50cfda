package dev.baton.cli;

import dev.baton.runtime.Baton;
import dev.baton.runtime.RunCleaner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code baton clean}: removes old runs, their folders, rows and unused stored translations. */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = {"Remove old runs: their folders, their rows in the job repository (in one transaction) and the stored",
                "translations no remaining run uses. A run goes when it matches every rule given. Never a run in progress;",
                "failed, stopped or crashed runs (restartable) only with --include-restartable."})
final class CleanCommand implements Callable<Integer> {

    private static final Pattern AGE = Pattern.compile("(\\d+)([smhd])");

    @Spec
    CommandSpec spec;

    @Option(names = "--older-than", paramLabel = "AGE", description = "Runs that ended longer ago than AGE: 30m, 12h, 7d (or ISO-8601, P7D).")
    String olderThan;

    @Option(names = "--keep", paramLabel = "N", description = "Keep the N newest runs; the others may go.")
    Integer keep;

    @Option(names = "--include-restartable", description = "Failed, stopped and crashed runs may go too.")
    boolean includeRestartable;

    @Option(names = "--dry-run", description = "Say what would go; remove nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        if (olderThan == null && keep == null) {
            throw new UsageException("baton: say which runs to remove: --older-than AGE, --keep N, or both");
        }
        if (keep != null && keep < 0) {
            throw new UsageException("baton: --keep must be 0 or more, not " + keep);
        }
        Duration age = olderThan == null ? null : age(olderThan);
        PrintWriter out = spec.commandLine().getOut();
        RunCleaner.Outcome outcome = new RunCleaner(new Baton()).clean(new RunCleaner.Rules(age, keep, includeRestartable), dryRun);
        String verb = dryRun ? "would remove" : "removed";
        for (RunCleaner.Run run : outcome.removed()) {
            out.printf(Locale.ROOT, "%s run %d (%s, execution %d, %s, %s)%n", verb, run.instanceId(), run.pipeline(), run.execution(),
                    run.status(), run.when());
        }
        for (RunCleaner.Run run : outcome.kept()) {
            out.printf(Locale.ROOT, "kept run %d (%s, execution %d, %s): %s%n", run.instanceId(), run.pipeline(), run.execution(),
                    run.status(), run.keptBecause());
        }
        for (String job : outcome.translations()) {
            out.printf(Locale.ROOT, "%s the stored translation of %s%n", verb, job);
        }
        out.printf(Locale.ROOT, "baton: %s %d run(s), kept %d%n", verb, outcome.removed().size(), outcome.kept().size());
        out.flush();
        return ExitCodes.OK;
    }

    static Duration age(String text) {
        Matcher m = AGE.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException("baton: --older-than must be an age such as 30m, 12h, 7d or P7D, not '" + text + "'");
        }
    }
}
