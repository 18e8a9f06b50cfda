package dev.baton.record;

import dev.baton.record.RunReport;
import dev.baton.record.StageReport;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TopSuggestionsTests {

    private static StageReport stage(String name) {
        return new StageReport(name, "PASSED", 0, 1, 0.9, true, null, null, 1L, null, List.of(), false);
    }

    @Test
    void theMostFrequentSuggestionsAcrossStagesComeFirstCountedOncePerStage() {
        Map<String, Object> memory = Map.of(
                "a.review", Map.of("suggestions", List.of("Add tests", "name the shop", "add tests ")),
                "b.review", Map.of("suggestions", List.of("Name the shop", "use colour")),
                "c.review", Map.of("suggestions", List.of("name the shop", "add tests")));
        RunReport report = new RunReport(1, 1, "p", "p", "COMPLETED", "COMPLETED", "COMPLETED", null, null, "/tmp/r",
                List.of(stage("a"), stage("b"), stage("c")), memory, null, null);
        List<TopSuggestions.Entry> top = TopSuggestions.of(report, 2);
        assertEquals(List.of(new TopSuggestions.Entry("name the shop", 3, List.of("a", "b", "c")),
                new TopSuggestions.Entry("Add tests", 2, List.of("a", "c"))), top);
        assertEquals(3, TopSuggestions.of(report, 10).size());
    }
}
