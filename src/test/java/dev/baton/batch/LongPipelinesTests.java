package dev.baton.batch;

import dev.baton.pipeline.Pipeline;
import dev.baton.plan.Mode;
import dev.baton.plan.PlanOptions;
import dev.baton.record.RunReport;
import dev.baton.testing.Jobs;
import dev.baton.testing.Pipelines;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A pipeline of any length runs: a chain past the length at which a flat job overflowed JBeret's stack (about 1,500 steps). */
class LongPipelinesTests {

    @Test
    void aChainOfTwoThousandStagesCompletes() throws Exception {
        Map<String, List<String>> chain = new LinkedHashMap<>();
        for (int i = 0; i < 2_000; i++) {
            chain.put("s" + i, i == 0 ? List.of() : List.of("s" + (i - 1)));
        }
        Pipeline pipeline = Pipelines.fromGraph("chain-2000", chain);
        RunReport report = Jobs.run(pipeline, new PlanOptions(Mode.SEQUENTIAL, 1), Map.of());
        assertEquals("COMPLETED", report.status());
        assertEquals(2_000, report.stages().stream().filter(s -> "PASSED".equals(s.status())).count());
    }
}
