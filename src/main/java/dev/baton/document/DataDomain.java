package dev.baton.document;

import java.util.List;

/** A data pipeline: extraction, transformation, loading. */
final class DataDomain {

    static final DomainProfile PROFILE = new DomainProfile("data", "pipeline",
            List.of("A daily run of one million source rows finishes within 10 minutes.",
                    "Re-running a day's load gives the same target rows (idempotent loads).",
                    "Every run reports rows read, rejected and written.",
                    "A failed run can be resumed without manual clean-up."),
            List.of(new Persona("Data engineer", "to add sources and transformations safely"),
                    new Persona("Data analyst", "complete, validated data in the target on time"),
                    new Persona("Operator", "to see whether a run failed and why")),
            List.of(new Feature("Extraction", "Read records from the configured sources (files, databases, APIs)."),
                    new Feature("Transformation and validation", "Clean, convert and validate records; reject bad rows with a reason."),
                    new Feature("Loading", "Write to the target in batches, idempotently (upsert by key)."),
                    new Feature("Run reports", "Counts of rows read, rejected and written, per run."),
                    new Feature("Resume after failure", "A failed run continues from its last committed batch.")),
            List.of(new Story("Data engineer", "to extract records from a CSV source", "new data reaches the pipeline",
                            "a CSV file with 1,000 rows", "the extraction step runs", "1,000 records are passed to transformation"),
                    new Story("Data analyst", "invalid rows rejected with a reason", "the target holds only valid data",
                            "a batch where 3 rows lack a required field", "the transformation runs",
                            "those 3 rows are rejected with the field named and the others continue"),
                    new Story("Data analyst", "loads that can be repeated safely", "a re-run never duplicates data",
                            "a day already loaded", "the load for that day runs again", "the target has the same rows as before"),
                    new Story("Operator", "a report of every run", "I can tell at once whether it went well",
                            "a finished run", "I read its report", "it states rows read, rejected and written, and the duration"),
                    new Story("Operator", "to resume a failed run", "I do not start over",
                            "a run that failed after 3 of 10 batches", "I restart it", "it continues with batch 4")),
            "One million rows end to end in under 10 minutes on a 2-core machine.",
            List.of("Real-time streaming", "A user interface for building pipelines", "Data from sources not yet named"),
            List.of("Which sources and target come first, and who owns their credentials?",
                    "What is the key that makes a row unique in the target?",
                    "How long are rejected rows kept, and who reviews them?"));

    private DataDomain() {
    }
}
