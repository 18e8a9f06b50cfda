package dev.baton.rest;

import java.util.List;

/**
 * What validating a posted pipeline found.
 *
 * @param valid    whether the pipeline loads
 * @param problems every problem, with line and column, in file order (empty when valid)
 * @param pipeline the pipeline and its plan, when valid
 */
public record Validation(boolean valid, List<ProblemView> problems, PipelineView pipeline) {
}
