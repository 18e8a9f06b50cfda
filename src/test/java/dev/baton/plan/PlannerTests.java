package dev.baton.plan;

import dev.baton.testing.Graphs;
import dev.baton.testing.Pipelines;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlannerTests {

    @Test
    void fanOutAndJoinMakeThreeWaves() {
        Plan plan = Planner.plan(Graphs.of("idea:", "a:idea", "b:idea", "c:idea", "join:a,b,c"), new PlanOptions(Mode.PARALLEL, 4));
        assertEquals(List.of(List.of("idea"), List.of("a", "b", "c"), List.of("join")),
                plan.waves().stream().map(Wave::stages).toList());
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("c")), plan.waves().get(1).flows());
        assertEquals(List.of("idea", "a", "b", "c", "join"), plan.order());
        assertEquals(List.of("idea", "a", "b", "c"), plan.upstream("join"));
        assertEquals(3, plan.waveOf().get("join"));
    }

    @Test
    void aWaveWiderThanMaxWorkersStillHasOneFlowPerStageSoThatAFreeWorkerTakesTheNextStage() {
        Plan plan = Planner.plan(Graphs.of("a:", "b:", "c:", "d:", "e:", "f:"), new PlanOptions(Mode.PARALLEL, 2));
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("c"), List.of("d"), List.of("e"), List.of("f")),
                plan.waves().get(0).flows());
    }

    @Test
    void layersFollowTheLongestPathNotFileOrder() {
        Plan plan = Planner.plan(Graphs.of("late:mid", "early:", "mid:early", "side:early"), new PlanOptions(Mode.SEQUENTIAL, 1));
        assertEquals(List.of("early", "mid", "side", "late"), plan.order());
        assertEquals(List.of("early", "mid"), plan.upstream("late"));
    }

    @Test
    void transitiveDependenciesNeverHoldSiblings() {
        Plan plan = Planner.plan(Graphs.of("root:", "left:root", "right:root", "leftChild:left"), new PlanOptions(Mode.PARALLEL, 1));
        assertEquals(List.of("root", "left"), plan.upstream("leftChild"));
        assertEquals(List.of("root"), plan.upstream("right"));
    }

    @Test
    void cyclesAndUnknownStagesAreProgrammingErrors() {
        assertThrows(IllegalArgumentException.class, () -> Planner.plan(Graphs.of("a:b", "b:a"), PlanOptions.DEFAULT_PARALLEL));
        assertThrows(IllegalArgumentException.class, () -> Planner.plan(Graphs.of("a:zzz"), PlanOptions.DEFAULT_PARALLEL));
    }

    @Test
    void randomGraphsRespectDependenciesAndWorkerLimits() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            Map<String, List<String>> g = Pipelines.randomDag(random, 1 + random.nextInt(40), random.nextDouble() * 0.3);
            int workers = 1 + random.nextInt(5);
            Plan plan = Planner.plan(g, new PlanOptions(Mode.PARALLEL, workers));
            Set<String> seen = new HashSet<>();
            for (Wave wave : plan.waves()) {
                assertTrue(wave.flows().stream().allMatch(f -> f.size() == 1), "one flow per stage");
                for (String stage : wave.stages()) {
                    assertTrue(seen.containsAll(g.get(stage)), "dependencies in earlier waves");
                }
                seen.addAll(wave.stages());
                assertEquals(new HashSet<>(wave.stages()),
                        new HashSet<>(wave.flows().stream().flatMap(List::stream).toList()), "flows hold the wave");
            }
            assertEquals(g.keySet(), seen);
        }
    }
}
