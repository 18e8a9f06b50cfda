package dev.baton.pipeline;

import java.util.List;

/**
 * The advisors that review the stages of one category (policy {@code advisors:}) or of every
 * category ({@code advisors: council:}), and how their reviews are combined.
 *
 * @param decision how the reviews are combined
 * @param advisors the reviewers, in file order, never empty
 */
public record AdvisorPanel(Decision decision, List<AdvisorRef> advisors) {

    public AdvisorPanel {
        advisors = List.copyOf(advisors);
    }
}
