package dev.baton.runtime;

import dev.baton.pipeline.Pipeline;
import dev.baton.plan.Plan;

/**
 * A pipeline translated and stored, ready to start.
 *
 * @param pipeline the pipeline
 * @param plan     its plan
 * @param jobId    the job id it is stored under
 * @param xml      its job XML
 */
public record PreparedRun(Pipeline pipeline, Plan plan, String jobId, String xml) {
}
