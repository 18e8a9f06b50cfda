package dev.baton.advisor;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * One advisor's review, or a council's combined one.
 *
 * @param score          in [0, 1]
 * @param approved       whether the reviewer approves the output
 * @param criticalIssues problems that must be fixed, in words a person can act on
 * @param suggestions    improvements that would raise the score
 * @param summary        one or two sentences
 * @param details        anything else worth keeping (measurements, token usage); may be empty
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Review(@JsonProperty("score") double score,
                     @JsonProperty("approved") boolean approved,
                     @JsonProperty("critical_issues") List<String> criticalIssues,
                     @JsonProperty("suggestions") List<String> suggestions,
                     @JsonProperty("summary") String summary,
                     @JsonProperty("details") Map<String, Object> details) {

    public Review {
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must be within [0, 1], not " + score);
        }
        criticalIssues = criticalIssues == null ? List.of() : List.copyOf(criticalIssues);
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
        summary = summary == null ? "" : summary;
        details = details == null ? Map.of() : details;
    }
}
