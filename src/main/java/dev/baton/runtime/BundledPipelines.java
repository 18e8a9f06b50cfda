package dev.baton.runtime;

import dev.baton.batch.JobOperators;
import dev.baton.jobxml.JobProperties;
import dev.baton.jobxml.JobXmlReader;
import dev.baton.plan.StageSpec;
import org.jberet.spi.BatchEnvironment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The pipelines translated at build time: Baton jobs of the batch environment (its
 * {@code META-INF/batch-jobs}) that are not translations stored at run time, each with the plan its
 * job XML holds.
 */
public final class BundledPipelines {

    private BundledPipelines() {
    }

    /**
     * A bundled pipeline's plan, as its job XML gives it.
     *
     * @param pipeline    the pipeline's name
     * @param description its description, or null
     * @param mode        {@code sequential} or {@code parallel}
     * @param maxWorkers  the most stages running at once
     * @param stages      each stage's resolved settings, by wave
     */
    public record Plan(String pipeline, String description, String mode, int maxWorkers, List<StageSpec> stages) {
    }

    /** The job names of the bundled pipelines. */
    public static Set<String> names() {
        BatchEnvironment environment = JobOperators.environment();
        ClassLoader loader = environment.getClassLoader();
        Set<String> stored = new HashSet<>(new StoredJobXmlResolver().getJobXmlNames(loader));
        Set<String> xmls = new TreeSet<>(environment.getJobXmlResolver().getJobXmlNames(loader));
        xmls.addAll(BundledJobs.names(loader));
        Set<String> names = new TreeSet<>();
        for (String xml : xmls) {
            if (!stored.contains(xml) && xml.endsWith(".xml") && isBatonJob(xml)) {
                names.add(xml.substring(0, xml.length() - ".xml".length()));
            }
        }
        return names;
    }

    /**
     * The plan of a bundled pipeline.
     *
     * @throws IllegalArgumentException if there is no such Baton job
     */
    public static Plan plan(String jobName) {
        try (InputStream xml = JobOperators.jobXml(jobName)) {
            if (xml == null) {
                throw new IllegalArgumentException("no job named " + jobName);
            }
            JobXmlReader.Contents contents = JobXmlReader.read(xml);
            if (!contents.properties().containsKey(JobProperties.STAGES)) {
                throw new IllegalArgumentException("not a Baton job: " + jobName);
            }
            String maxWorkers = contents.properties().get(JobProperties.MAX_WORKERS);
            return new Plan(contents.properties().getOrDefault(JobProperties.PIPELINE, jobName),
                    contents.properties().get(JobProperties.DESCRIPTION), contents.properties().get(JobProperties.MODE),
                    maxWorkers == null ? 1 : Integer.parseInt(maxWorkers), contents.stages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBatonJob(String xml) {
        try {
            JobOperators.definition(xml);
            return true;
        } catch (IOException | IllegalArgumentException notOurs) {
            return false;
        }
    }
}
