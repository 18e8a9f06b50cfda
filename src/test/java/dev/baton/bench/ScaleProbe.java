package dev.baton.bench;

import dev.baton.jobxml.JobXmlTranslator;
import dev.baton.pipeline.Catalog;
import dev.baton.pipeline.LoadResult;
import dev.baton.pipeline.Pipeline;
import dev.baton.pipeline.PipelineLoader;
import dev.baton.plan.Plan;
import dev.baton.plan.PlanOptions;
import dev.baton.plan.Planner;

import java.nio.file.Path;
import java.util.Set;

/**
 * Validate plus translate of one pipeline file, timed in a fresh JVM: the first time (classes
 * loading, code not yet compiled) and the median of the next five. Prints {@code FIRST_MS} and
 * {@code WARM_MS} lines and the translation's size.
 */
public final class ScaleProbe {

    private ScaleProbe() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        Catalog catalog = new Catalog(Set.of("template", "command", "llm"), Set.of("command", "llm-judge"));
        long[] times = new long[6];
        int size = 0;
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            LoadResult result = new PipelineLoader(catalog).load(file);
            Pipeline pipeline = ((LoadResult.Loaded) result).pipeline();
            Plan plan = Planner.plan(pipeline, PlanOptions.DEFAULT_PARALLEL);
            size = JobXmlTranslator.translate(pipeline, plan, pipeline.name()).length();
            times[i] = System.nanoTime() - t0;
        }
        long[] warm = java.util.Arrays.copyOfRange(times, 1, times.length);
        java.util.Arrays.sort(warm);
        System.out.println("FIRST_MS " + times[0] / 1_000_000.0);
        System.out.println("WARM_MS " + warm[warm.length / 2] / 1_000_000.0);
        System.out.println("XML_BYTES " + size);
    }
}
