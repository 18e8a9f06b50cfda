package dev.baton.jobxml;

import dev.baton.pipeline.AdvisorRef;
import dev.baton.pipeline.Decision;
import dev.baton.pipeline.OnReject;
import dev.baton.plan.StageSpec;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StagePropertiesTests {

    @Test
    void aSpecSurvivesTheRoundTripThroughProperties() {
        StageSpec spec = new StageSpec("Code Skeleton", "command", List.of(new AdvisorRef("A", 1.0), new AdvisorRef("B", 1.5)),
                Decision.AVERAGE, "Build {{ idea }}\nnow", "codegen", 0.75, 3, 2.5, List.of("docs/in.md"), List.of("src/index.html"),
                OnReject.SKIP_DOWNSTREAM, Map.of("command", List.of("echo", "hi")), List.of("a", "b"), 4);
        StageSpec back = StageProperties.read(StageProperties.write(spec)::get);
        assertEquals(spec, back);
    }

    @Test
    void absentOptionalValuesReadAsTheirDefaults() {
        StageSpec spec = new StageSpec("s", "template", List.of(), Decision.MAJORITY, null, null, null, 1, null,
                List.of(), List.of(), OnReject.FAIL, Map.of(), List.of(), 1);
        Map<String, String> written = StageProperties.write(spec);
        assertEquals(java.util.Set.of(StageProperties.STAGE, StageProperties.AGENT, StageProperties.WAVE), written.keySet(),
                "defaults are not written");
        assertEquals(spec, StageProperties.read(written::get));
    }
}
