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
    void anyGraphGetsNoFalseDependenciesAndEachStageFollowsOneOfItsOwnInItsFlow() {
        Random random = new Random(5);
        for (int round = 0; round < 300; round++) {
            Map<String, List<String>> g = Pipelines.randomDag(random, 2 + random.nextInt(40), random.nextDouble() * 0.3);
            Plan eager = Planner.plan(g, EAGER);
            assertEquals(0, Waits.falseDependencies(eager), "round " + round + ": " + g);
            assertStagesInFlowsFollowADependency(eager.structure(), g);
        }
    }

    @Test
    void theNShapeGetsNoBarrier() {
        // a 1 s, b 0.2 s, c after a and b, d after b only: d must not wait for a
        Plan plan = Planner.plan(Graphs.of("a:", "b:", "c:a,b", "d:b"), EAGER);
        assertEquals(0, Waits.falseDependencies(plan));
        assertEquals(Set.of("b"), Waits.of(plan.structure()).get("d"), "d follows b in its flow and waits for nothing else");
    }

    @Test
    void aChainIsASeriesOfStepsWithoutASplit() {
        Plan plan = Planner.plan(Graphs.of("a:", "b:a", "c:b"), EAGER);
        assertInstanceOf(Block.Series.class, plan.structure());
    }

    /** Inside a flow, each stage comes right after one of its own direct dependencies. */
    private static void assertStagesInFlowsFollowADependency(Block structure, Map<String, List<String>> g) {
        for (Block flow : structure instanceof Block.Parallel p ? p.blocks() : List.of(structure)) {
            List<Block> steps = Block.sequence(flow);
            for (int i = 1; i < steps.size(); i++) {
                String stage = ((Block.Stage) steps.get(i)).name();
                String before = ((Block.Stage) steps.get(i - 1)).name();
                assertTrue(g.get(stage).contains(before), stage + " follows " + before + ", one of its dependencies");
            }
        }
    }

    private static void assertRespectsDependencies(Plan plan) {
        Map<String, Set<String>> waits = Waits.of(plan.structure());
        assertEquals(new HashSet<>(plan.order()), waits.keySet(), "every stage scheduled once");
        assertEquals(plan.order().size(), plan.order().stream().distinct().count());
    }
}
