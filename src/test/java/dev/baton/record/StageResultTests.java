package dev.baton.record;

import dev.baton.advisor.Review;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class StageResultTests {

    @Test
    void aCheckpointLeavesOutWhatIsAbsentAndReadsBackTheSame() {
        StageResult bare = new StageResult("s0", StageStatus.PASSED, 1, 1, null, null, 0.0, "noop", List.of(), null, null, false, 7,
                "2026-11-30T09:00:00.000Z", "2026-11-30T09:00:00.004Z", Map.of(), null);
        String json = bare.toJson();
        for (String absent : List.of("score", "approved", "artifacts", "review", "error", "agent", "worker")) {
            assertFalse(json.contains('"' + absent + '"'), absent + " in " + json);
        }
        assertEquals(bare, StageResult.fromJson(json));

        StageResult full = new StageResult("s1", StageStatus.REJECTED, 2, 3, 0.4, false, 0.8, Map.of("title", "x", "empty", ""),
                List.of(new ArtifactRecord("site/index.html", 12, "abc")),
                new Review(0.4, false, List.of("no title"), List.of("add one"), "weak", Map.of()), "rejected", true, 8,
                "2026-11-30T09:00:00.000Z", "2026-11-30T09:00:01.000Z", Map.of("tokens", 12), "host:42");
        assertEquals(full, StageResult.fromJson(full.toJson()));
        StageResult emptyText = new StageResult("s2", StageStatus.PASSED, 1, 1, null, null, 0.0, "", List.of(), null, null, false, 9,
                null, null, Map.of(), null);
        assertEquals("", StageResult.fromJson(emptyText.toJson()).content());
    }
}
