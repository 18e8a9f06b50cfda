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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EagerSchedulerTests {

    private static final PlanOptions EAGER = new PlanOptions(Mode.PARALLEL, 8, Schedule.EAGER);

    @Test
    void aFastBranchDoesNotWaitForASlowUnrelatedOne() {
        // waves would make c wait for b: wave 2 = {a2, b}; eager runs a -> a2 -> c beside b
        Plan plan = Planner.plan(Graphs.of("a:", "a2:a", "c:a2", "b:"), EAGER);
        assertEquals(0, Waits.falseDependencies(plan));
        Plan waves = Planner.plan(Graphs.of("a:", "a2:a", "c:a2", "b:"), new PlanOptions(Mode.PARALLEL, 8));
        assertTrue(Waits.falseDependencies(waves) > 0, "waves add barriers here");
        assertInstanceOf(Block.Parallel.class, plan.structure());
    }

    @Test
    void seriesParallelGraphsGetNoFalseDependencies() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            Map<String, List<String>> g = dev.baton.testing.Graphs.seriesParallel(random, 2 + random.nextInt(40));
            Plan plan = Planner.plan(g, EAGER);
            assertEquals(0, Waits.falseDependencies(plan), "round " + round + ": " + g);
            assertRespectsDependencies(plan);
        }
    }

    @Test
    void otherGraphsAreStillCorrectAndAddFewerBarriersThanWaves() {
        Random random = new Random(5);
        int eagerTotal = 0;
        int wavesTotal = 0;
        for (int round = 0; round < 300; round++) {
            Map<String, List<String>> g = Pipelines.randomDag(random, 2 + random.nextInt(40), random.nextDouble() * 0.3);
            Plan eager = Planner.plan(g, EAGER);
            Plan waves = Planner.plan(g, new PlanOptions(Mode.PARALLEL, 1000));
            assertRespectsDependencies(eager);
            eagerTotal += Waits.falseDependencies(eager);
            wavesTotal += Waits.falseDependencies(waves);
        }
        assertTrue(eagerTotal < wavesTotal, "eager " + eagerTotal + " false dependencies, waves " + wavesTotal);
    }

    @Test
    void theNShapeGetsOneBarrierAtTheCheapestCut() {
        Plan plan = Planner.plan(Graphs.of("a:", "b:", "c:a,b", "d:b"), EAGER);
        assertEquals(1, Waits.falseDependencies(plan), "d waits for a, nothing else");
    }

    private static void assertRespectsDependencies(Plan plan) {
        Map<String, Set<String>> waits = Waits.of(plan.structure());
        assertEquals(new HashSet<>(plan.order()), waits.keySet(), "every stage scheduled once");
        plan.order().forEach(stage ->
                assertTrue(waits.get(stage).containsAll(plan.upstream(stage)), stage + " waits for all it depends on"));
    }
}
