package dev.baton.batch;

import dev.baton.pipeline.OnReject;
import dev.baton.pipeline.Pipeline;
import dev.baton.pipeline.Stage;
import dev.baton.plan.Mode;
import dev.baton.plan.PlanOptions;
import dev.baton.plan.Schedule;
import dev.baton.record.RunReport;
import dev.baton.record.StageReport;
import dev.baton.runtime.Baton;
import dev.baton.testing.Graphs;
import dev.baton.testing.Jobs;
import dev.baton.testing.Pipelines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the schedules promise, run by JBeret in this JVM: worker limits, dependencies, restarts. No timing is asserted. */
class SchedulesTests {

    /** The three shapes a pipeline runs in. */
    enum Shape {
        SEQUENTIAL(new PlanOptions(Mode.SEQUENTIAL, 1)),
        WAVES(new PlanOptions(Mode.PARALLEL, 2, Schedule.WAVES)),
        EAGER(new PlanOptions(Mode.PARALLEL, 2, Schedule.EAGER));

        final PlanOptions options;

        Shape(PlanOptions options) {
            this.options = options;
        }
    }

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(Shape.class)
    void aRunReportsThatItStartedBeforeItsFirstStageAndEndedAfterItsLast(Shape shape) throws Exception {
        // JBeret sets the job STARTED again as each of its flows starts (a split's flows, a long chain's nested flows),
        // which moved the start time the run reported to its last flow's start
        Map<String, List<String>> graph = new java.util.LinkedHashMap<>();
        Map<String, Long> millis = new java.util.LinkedHashMap<>();
        graph.put("s0", List.of());
        for (int i = 1; i < 150; i++) {
            graph.put("s" + i, List.of("s" + (i - 1)));
        }
        graph.put("side", List.of());
        graph.keySet().forEach(s -> millis.put(s, s.equals("side") ? 300L : 1L));
        RunReport report = Jobs.run(sleepers("starts-" + shape.name().toLowerCase(java.util.Locale.ROOT), graph, millis), shape.options, Map.of());
        assertEquals("COMPLETED", report.status(), report.toString());
        Instant started = Instant.parse(report.startedAt());
        Instant ended = Instant.parse(report.endedAt());
        for (StageReport s : report.stages()) {
            assertTrue(!started.isAfter(Instant.parse(s.startedAt())), "the run started at " + started + ", after " + s.name() + " did at " + s.startedAt());
            assertTrue(!ended.isBefore(Instant.parse(s.endedAt())), "the run ended at " + ended + ", before " + s.name() + " did at " + s.endedAt());
        }
        String markdown = Files.readString(Path.of(report.runFolder()).resolve("report.md"));
        assertTrue(markdown.contains("| started | " + report.startedAt() + " |"), markdown);
    }

    @Test
    void aWaveWiderThanMaxWorkersNeverRunsMoreAtOnceAndStartsItsStagesInFileOrder() throws Exception {
        Map<String, List<String>> graph = Graphs.of("root:", "a:root", "b:root", "c:root", "d:root", "e:root", "f:root", "g:root");
        Map<String, Long> millis = new java.util.LinkedHashMap<>();
        // a holds one worker while the other runs b to g one after another: at each end the waiting stages all compete for the
        // freed permit, which must go to the first in file order; no two permits are freed at nearly the same moment, when the
        // stages' recorded starts (taken after the permit) could come out in either order
        graph.keySet().forEach(s -> millis.put(s, s.equals("a") ? 1000L : 60L));
        RunReport report = Jobs.run(sleepers("pool-wave", graph, millis), new PlanOptions(Mode.PARALLEL, 2), Map.of());
        assertEquals("COMPLETED", report.status(), report.toString());
        List<StageReport> wave = report.stages().stream().filter(s -> !s.name().equals("root")).toList();
        assertEquals(2, mostAtOnce(wave), "two workers, both used");
        List<String> byStart = new ArrayList<>(wave.stream().sorted((x, y) -> Instant.parse(x.startedAt())
                .compareTo(Instant.parse(y.startedAt()))).map(StageReport::name).toList());
        assertEquals(List.of("c", "d", "e", "f", "g"), byStart.subList(2, 7), "freed workers take the wave's stages in file order");
    }

    @Test
    void eagerNeverStartsAStageBeforeItsDependenciesEndOnGraphsThatAreNotSeriesParallel() throws Exception {
        Random random = new Random(3);
        Map<String, List<String>> graph = Pipelines.randomDag(random, 16, 0.25);
        graph.putAll(Graphs.of("na:", "nb:", "nc:na,nb", "nd:nb")); // the N shape, the smallest graph that is not series-parallel
        Map<String, Long> millis = new java.util.LinkedHashMap<>();
        graph.keySet().forEach(s -> millis.put(s, 10L + random.nextInt(60)));
        RunReport report = Jobs.run(sleepers("eager-deps", graph, millis), new PlanOptions(Mode.PARALLEL, 3, Schedule.EAGER), Map.of());
        assertEquals("COMPLETED", report.status(), report.toString());
        Map<String, StageReport> byName = report.stages().stream().collect(Collectors.toMap(StageReport::name, Function.identity()));
        graph.forEach((stage, deps) -> deps.forEach(dep -> assertFalse(
                Instant.parse(byName.get(stage).startedAt()).isBefore(Instant.parse(byName.get(dep).endedAt())),
                stage + " started before its dependency " + dep + " ended")));
        assertTrue(mostAtOnce(report.stages()) <= 3, "at most --max-workers stages at once");
    }

    /**
     * A stage of another flow starts only once the repository has recorded its dependencies' ends:
     * a crash can then never leave a stage's result recorded while the result it was built on is not
     * (a restart would run the dependency again and keep the stage built on its first output).
     */
    @Test
    void eagerStartsAStageOnlyAfterTheRepositoryRecordedItsDependenciesEnds() throws Exception {
        Random random = new Random(11);
        Map<String, List<String>> graph = Pipelines.randomDag(random, 12, 0.3);
        graph.putAll(Graphs.of("na:", "nb:", "nc:na,nb", "nd:nb"));
        Map<String, Long> millis = new java.util.LinkedHashMap<>();
        graph.keySet().forEach(s -> millis.put(s, 5L + random.nextInt(30)));
        RunReport report = Jobs.run(sleepers("eager-recorded", graph, millis), new PlanOptions(Mode.PARALLEL, 4, Schedule.EAGER), Map.of());
        assertEquals("COMPLETED", report.status(), report.toString());
        Map<String, Instant> recordedEnd = new java.util.HashMap<>();
        for (jakarta.batch.runtime.StepExecution step : jakarta.batch.runtime.BatchRuntime.getJobOperator().getStepExecutions(report.executionId())) {
            recordedEnd.put(step.getStepName().replaceFirst("^stage-", ""), step.getEndTime().toInstant());
        }
        assertEquals(graph.keySet(), recordedEnd.keySet(), "a step per stage, named stage-STAGE");
        Map<String, StageReport> byName = report.stages().stream().collect(Collectors.toMap(StageReport::name, Function.identity()));
        graph.forEach((stage, deps) -> deps.forEach(dep -> assertFalse(
                Instant.parse(byName.get(stage).startedAt()).isBefore(recordedEnd.get(dep)),
                stage + " started at " + byName.get(stage).startedAt() + ", before the recorded end of " + dep + " (" + recordedEnd.get(dep) + ")")));
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void aRestartAfterAFailureRunsOnlyWhatDidNotComplete(Shape shape) throws Exception {
        Path counter = tmp.resolve("counter");
        Path failedOnce = tmp.resolve("failed-once");
        // b fails the first time; c depends on a and b, d on b, e on a only
        Pipeline p = Pipelines.pipeline("restart-" + shape.name().toLowerCase(java.util.Locale.ROOT), Map.of(),
                counted("a", counter, null), counted("b", counter, failedOnce), counted("c", counter, null, "a", "b"),
                counted("d", counter, null, "b"), counted("e", counter, null, "a"));
        RunReport failed = Jobs.run(p, shape.options, Map.of());
        assertEquals("FAILED", failed.status());
        assertEquals("FAILED", stage(failed, "b").status());
        assertEquals("NOT_RUN", stage(failed, "c").status(), "c waits for b, which failed");
        assertEquals("NOT_RUN", stage(failed, "d").status());
        if (shape == Shape.EAGER) {
            assertEquals("PASSED", stage(failed, "e").status(), "eager: e depends on a only, so b's failure does not hold it");
        }

        Baton baton = new Baton();
        RunReport done = baton.report(baton.await(baton.restart(failed.executionId(), Map.of())));
        assertEquals("COMPLETED", done.status(), done.toString());
        assertTrue(done.succeeded());
        List<String> runs = Files.readAllLines(counter);
        for (String s : List.of("a", "c", "d", "e")) {
            assertEquals(1, Collections.frequency(runs, s), s + " ran once in both executions: " + runs);
        }
        assertEquals(2, Collections.frequency(runs, "b"), "b ran again: " + runs);
        assertEquals("c saw a and b", done.memory().get("c.content"));
    }

    @Test
    void anEagerRunStoppedWhileAStageWaitsForItsDependenciesEndsStopped() throws Exception {
        // join waits for slow (which sleeps until stopped) and for fast, in another flow
        Map<String, List<String>> graph = Graphs.of("slow:", "fast:", "join:slow,fast");
        Pipeline p = sleepers("eager-stop", graph, Map.of("slow", 600_000L, "fast", 0L, "join", 0L));
        Baton baton = new Baton();
        java.util.concurrent.CountDownLatch slowStarted = new java.util.concurrent.CountDownLatch(1);
        java.util.function.Consumer<dev.baton.record.RunEvent> listener = e -> {
            if (e.type().equals("stage.started") && "slow".equals(e.stage())) {
                slowStarted.countDown();
            }
        };
        baton.listen(listener);
        try {
            long execution = baton.start(baton.prepare(new dev.baton.runtime.RunPlan(p,
                    dev.baton.plan.Planner.plan(p, Shape.EAGER.options), new java.util.Properties())));
            assertTrue(slowStarted.await(60, java.util.concurrent.TimeUnit.SECONDS), "slow started");
            baton.control().stop(execution, 0);
            RunReport stopped = baton.report(baton.await(execution));
            assertEquals("STOPPED", stopped.status(), stopped.toString());
            assertFalse(stage(stopped, "join").status().equals("PASSED"), "join did not run to its end: " + stopped);
        } finally {
            baton.unlisten(listener);
        }
    }

    /** A command stage that appends its name to {@code counter} and answers "NAME"; it fails once when {@code failOnce} is given. */
    private static Stage counted(String name, Path counter, Path failOnce, String... dependencies) {
        String script = "echo " + name + " >> \"$0\"; "
                + (failOnce == null ? "" : "if [ ! -f \"$1\" ]; then touch \"$1\"; echo failing once >&2; exit 3; fi; ")
                + (dependencies.length == 0 ? "printf " + name : "printf '" + name + " saw " + String.join(" and ", dependencies) + "'");
        List<String> command = new ArrayList<>(List.of("sh", "-c", script, counter.toString()));
        if (failOnce != null) {
            command.add(failOnce.toString());
        }
        return Pipelines.stage(name, "command", List.of(), name, Map.of("command", command, "infra_retries", 0), 0, null,
                OnReject.FAIL, dependencies);
    }

    private static StageReport stage(RunReport report, String name) {
        return report.stages().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /** The most stages whose spans overlap at one instant. */
    private static int mostAtOnce(List<StageReport> stages) {
        int most = 0;
        for (StageReport s : stages) {
            Instant t = Instant.parse(s.startedAt());
            int running = (int) stages.stream().filter(o -> !Instant.parse(o.startedAt()).isAfter(t) && Instant.parse(o.endedAt()).isAfter(t)).count();
            most = Math.max(most, running);
        }
        return most;
    }

    /** A pipeline of the tests' {@code sleep} stages over a graph. */
    private static Pipeline sleepers(String name, Map<String, List<String>> graph, Map<String, Long> millis) {
        List<Stage> stages = new ArrayList<>();
        graph.forEach((stage, deps) -> stages.add(Pipelines.stage(stage, "sleep", List.of(), stage, Map.of("millis", millis.get(stage)),
                0, null, OnReject.FAIL, deps.toArray(String[]::new))));
        return Pipelines.pipeline(name, Map.of(), stages.toArray(Stage[]::new));
    }
}
