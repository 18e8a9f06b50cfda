package dev.baton.runtime;

import dev.baton.pipeline.Pipeline;
import dev.baton.plan.Plan;

import java.util.Properties;

/**
 * A planned run translated and stored, ready to start.
 *
 * @param pipeline   the pipeline
 * @param plan       its plan
 * @param jobId      the job id its translation is stored under
 * @param xml        its job XML
 * @param parameters the job parameters it starts with
 */
public record PreparedRun(Pipeline pipeline, Plan plan, String jobId, String xml, Properties parameters) {
}
