package dev.baton.bench;

import dev.baton.record.BatonHome;
import dev.baton.record.RunReport;
import dev.baton.pipeline.Pipeline;
import dev.baton.plan.Block;
import dev.baton.plan.Plan;
import dev.baton.plan.PlanOptions;
import dev.baton.plan.Planner;
import dev.baton.runtime.Baton;
import dev.baton.runtime.JobXmlStore;
import dev.baton.runtime.PreparedRun;
import dev.baton.runtime.RunPlan;
import dev.baton.testing.Jobs;
import jakarta.batch.runtime.BatchRuntime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Runs Baton pipelines and raw JBeret jobs of the same shape in this JVM, on Baton's SE runtime. */
final class BenchJobs {

    private BenchJobs() {
    }

    /** Points this JVM's Baton at a fresh home; call before anything touches the batch runtime. */
    static Path freshHome() throws Exception {
        Path home = Files.createTempDirectory("baton-bench-home");
        System.setProperty(BatonHome.PROPERTY, home.toString());
        return home;
    }

    /** Seconds to run a pipeline to its end, and its report. */
    record Timed(double seconds, RunReport report) {
    }

    /** Runs a pipeline; the time is from the job's start to its recorded end, as {@link #raw} times raw JBeret. */
    static Timed baton(Pipeline pipeline, PlanOptions options) throws Exception {
        Baton baton = new Baton();
        PreparedRun prepared = baton.prepare(new RunPlan(pipeline, Planner.plan(pipeline, options), new Properties()));
        Started run = startAndAwait(prepared.jobId());
        RunReport report = baton.report(BatchRuntime.getJobOperator().getJobExecution(run.executionId()));
        if (!"COMPLETED".equals(report.status())) {
            throw new IllegalStateException("benchmark run failed: " + report.status() + " " + report.stages());
        }
        return new Timed(run.seconds(), report);
    }

    /** Seconds to run a raw JBeret job of the plan's shape, every step the no-op batchlet. */
    static double raw(Plan plan, String jobId) throws Exception {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<job id=\"" + jobId
                + "\" xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"2.0\">\n");
        sequence(xml, Block.sequence(plan.structure()), "  ");
        xml.append("</job>\n");
        new JobXmlStore(BatonHome.current()).store(jobId, xml.toString());
        return startAndAwait(jobId).seconds();
    }

    /** An execution and the seconds from its start to its recorded end. */
    private record Started(long executionId, double seconds) {
    }

    /** Starts a stored job and waits until its end is recorded in the repository. */
    private static Started startAndAwait(String jobId) throws Exception {
        var operator = BatchRuntime.getJobOperator();
        long t0 = System.nanoTime();
        long execution = operator.start(jobId, new Properties());
        Jobs.await(operator, execution);
        if (operator.getJobExecution(execution) instanceof org.jberet.runtime.JobExecutionImpl local) {
            local.awaitTermination(0, java.util.concurrent.TimeUnit.SECONDS);
        }
        return new Started(execution, (System.nanoTime() - t0) / 1e9);
    }

    private static void sequence(StringBuilder xml, List<Block> blocks, String indent) {
        for (int i = 0; i < blocks.size(); i++) {
            String next = i + 1 < blocks.size() ? " next=\"" + id(blocks.get(i + 1)) + "\"" : "";
            Block b = blocks.get(i);
            if (b instanceof Block.Stage s) {
                xml.append(indent).append("<step id=\"").append(id(s)).append('"').append(next)
                        .append("><batchlet ref=\"noopBatchlet\"/></step>\n");
            } else {
                Block.Parallel p = (Block.Parallel) b;
                xml.append(indent).append("<split id=\"").append(p.id()).append('"').append(next).append(">\n");
                for (int f = 0; f < p.blocks().size(); f++) {
                    xml.append(indent).append("  <flow id=\"").append(p.id()).append("-flow-").append(f + 1).append("\">\n");
                    sequence(xml, Block.sequence(p.blocks().get(f)), indent + "    ");
                    xml.append(indent).append("  </flow>\n");
                }
                xml.append(indent).append("</split>\n");
            }
        }
    }

    private static String id(Block b) {
        if (b instanceof Block.Stage s) {
            return "s-" + s.name().replaceAll("[^A-Za-z0-9]", "-");
        }
        if (b instanceof Block.Parallel p) {
            return p.id();
        }
        return id(((Block.Series) b).blocks().get(0));
    }

    /** A pipeline of {@code sleep} stages over a graph, each working its given milliseconds. */
    static Pipeline sleepers(String name, Map<String, List<String>> graph, Map<String, Long> millis) {
        List<dev.baton.pipeline.Stage> stages = new java.util.ArrayList<>();
        graph.forEach((stage, deps) -> stages.add(new dev.baton.pipeline.Stage(stage, "sleep", List.of(), null, null, deps, deps,
                null, null, null, List.of(), List.of(), null, dev.baton.pipeline.OnReject.FAIL,
                Map.of("millis", millis.get(stage)), dev.baton.pipeline.Position.NONE, Map.of())));
        return new Pipeline(name, name + ".yaml", null, null, stages, dev.baton.pipeline.Policy.EMPTY, List.of(), Map.of());
    }

    /** First stage start to last stage end, in seconds, from a report. */
    static double makespan(RunReport report) {
        java.time.Instant first = null;
        java.time.Instant last = null;
        for (var s : report.stages()) {
            java.time.Instant start = java.time.Instant.parse(s.startedAt());
            java.time.Instant end = java.time.Instant.parse(s.endedAt());
            first = first == null || start.isBefore(first) ? start : first;
            last = last == null || end.isAfter(last) ? end : last;
        }
        return java.time.Duration.between(first, last).toNanos() / 1e9;
    }

    static Plan plan(Pipeline pipeline, PlanOptions options) {
        return Planner.plan(pipeline, options);
    }
}
