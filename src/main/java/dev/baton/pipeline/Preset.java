package dev.baton.pipeline;

/**
 * A named policy that a pipeline can be run with ({@code --preset}).
 *
 * @param name        the preset's name
 * @param description free text, or null
 * @param policy      the policy, merged under the pipeline's own
 */
public record Preset(String name, String description, Policy policy) {
}
