package dev.baton.pipeline;

import java.util.Set;
import java.util.TreeSet;

/**
 * The names of the agents and advisors that exist, against which a pipeline's names are checked.
 *
 * @param agents   agent names
 * @param advisors advisor names
 */
public record Catalog(Set<String> agents, Set<String> advisors) {

    public Catalog {
        agents = Set.copyOf(new TreeSet<>(agents));
        advisors = Set.copyOf(new TreeSet<>(advisors));
    }
}
