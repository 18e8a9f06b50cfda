package dev.baton.runtime;

import dev.baton.pipeline.Pipeline;
import dev.baton.plan.Plan;

import java.util.Properties;

/**
 * A run that passed every check and is planned, not yet translated nor started.
 *
 * @param pipeline   the pipeline, with its preset merged in
 * @param plan       its plan
 * @param parameters the job parameters it will start with (initial memory, fail-fast)
 */
public record RunPlan(Pipeline pipeline, Plan plan, Properties parameters) {
}
