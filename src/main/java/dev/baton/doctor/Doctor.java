package dev.baton.doctor;

import dev.baton.pipeline.Pipeline;
import dev.baton.record.BatonHome;
import dev.baton.runtime.RepositoryHealth;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks what runs need, in order: Java, {@code BATON_HOME}, the job repository (reachable, schema,
 * write permission), the model endpoint, Chromium, and the OTLP endpoint when one is configured.
 * With a pipeline, what it does not use is skipped and what it uses must be there; without one,
 * what is missing but not always needed is a warning.
 */
public final class Doctor {

    private Doctor() {
    }

    /**
     * The checks.
     *
     * @param pipeline the pipeline whose needs to check, or null for any run's
     */
    public static List<Check> check(Pipeline pipeline) {
        Needs needs = pipeline == null ? Needs.ANY : Needs.of(pipeline);
        List<Check> checks = new ArrayList<>();
        checks.add(JavaCheck.run());
        checks.add(Check.ok("home", BatonHome.current().toAbsolutePath() + " (private to this user)"));
        checks.add(repository());
        checks.add(needs.pipeline() && !needs.model() ? Check.skip("model endpoint", "no stage of this pipeline calls a model")
                : ModelEndpointCheck.run(System.getenv(), needs.model()));
        checks.add(needs.pipeline() && !needs.chromium() ? Check.skip("Chromium", "no stage of this pipeline takes screenshots")
                : ChromiumCheck.run(needs.chromium()));
        checks.add(TelemetryCheck.run());
        checks.add(BrokerCheck.run());
        return checks;
    }

    /** Whether every check passed or only warned. */
    public static boolean healthy(List<Check> checks) {
        return checks.stream().noneMatch(c -> c.verdict() == Check.Verdict.FAIL);
    }

    private static Check repository() {
        RepositoryHealth.Report report = RepositoryHealth.check();
        if (report.repository() == null) {
            return Check.missing("repository", true, "cannot open the job repository: " + String.join("; ", report.problems()),
                    "check --repository or BATON_REPOSITORY (and BATON_REPOSITORY_USER, BATON_REPOSITORY_PASSWORD); is the database server running?");
        }
        if (!report.problems().isEmpty()) {
            return Check.missing("repository", true, report.repository() + ": " + String.join("; ", report.problems()),
                    "give this user the right to create and write tables in that database, or use another repository");
        }
        return Check.ok("repository", report.repository() + " (schema present, writable)");
    }
}
