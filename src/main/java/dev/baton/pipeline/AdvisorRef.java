package dev.baton.pipeline;

/**
 * One reviewer named in a pipeline, with the weight of its review in a council.
 *
 * @param name   the advisor's name, as its factory knows it
 * @param weight a positive weight; 1.0 unless the pipeline says otherwise
 */
public record AdvisorRef(String name, double weight) {

    /** An advisor of weight 1. */
    public static AdvisorRef of(String name) {
        return new AdvisorRef(name, 1.0);
    }
}
