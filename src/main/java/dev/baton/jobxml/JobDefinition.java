package dev.baton.jobxml;

import dev.baton.json.Json;
import dev.baton.plan.StageGraph;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What a Baton job XML says about its pipeline, read back from the job-level properties that
 * {@link JobXmlTranslator} writes: the pipeline's name, its initial memory, and its stages with
 * their waves, steps and dependencies.
 *
 * @param pipeline the pipeline's name
 * @param memory   the initial memory of the pipeline file, a JSON object, or null
 * @param graph    the stages in plan order and each one's direct dependencies
 * @param waves    stage name to wave number
 * @param steps    stage name to its step's id
 * @param secrets  environment variables the stages name as secrets, which no process they start inherits
 */
public record JobDefinition(String pipeline, String memory, StageGraph graph, Map<String, Integer> waves,
                            Map<String, String> steps, java.util.Set<String> secrets) {

    /** Stage names in plan order. */
    public List<String> stages() {
        return graph.order();
    }

    /** Every stage {@code stage} depends on, directly or not, in plan order. */
    public List<String> upstream(String stage) {
        return graph.upstream(stage);
    }

    /**
     * The definition from a job's properties, as a running job sees them ({@code JobContext.getProperties()}).
     *
     * @throws IllegalArgumentException if it is not a Baton job
     */
    public static JobDefinition fromProperties(Properties jobProperties) {
        Map<String, String> properties = new LinkedHashMap<>();
        jobProperties.stringPropertyNames().forEach(k -> properties.put(k, PropertyValues.decode(jobProperties.getProperty(k))));
        return of(properties);
    }

    /**
     * Reads the job-level properties of a job XML.
     *
     * @throws IllegalArgumentException if it is not a Baton job
     */
    public static JobDefinition read(InputStream xml) {
        return of(JobXmlReader.jobProperties(xml));
    }

    private static JobDefinition of(Map<String, String> properties) {
        String stagesJson = properties.get(JobProperties.STAGES);
        if (stagesJson == null) {
            throw new IllegalArgumentException("not a Baton job: no " + JobProperties.STAGES + " property");
        }
        List<String> stages = new ArrayList<>();
        Map<String, Integer> waves = new LinkedHashMap<>();
        Map<String, String> steps = new LinkedHashMap<>();
        Map<String, List<String>> dependsOn = new LinkedHashMap<>();
        Json.tree(stagesJson).forEach(s -> {
            String name = s.path("name").asText();
            stages.add(name);
            waves.put(name, s.path("wave").asInt());
            steps.put(name, s.path("step").asText());
            List<String> deps = new ArrayList<>();
            s.path("dependsOn").forEach(d -> deps.add(d.asText()));
            dependsOn.put(name, deps);
        });
        java.util.Set<String> secrets = new java.util.TreeSet<>();
        String secretList = properties.get(JobProperties.SECRET_VARIABLES);
        if (secretList != null) {
            Json.tree(secretList).forEach(n -> secrets.add(n.asText()));
        }
        return new JobDefinition(properties.get(JobProperties.PIPELINE), properties.get(JobProperties.MEMORY),
                new StageGraph(stages, dependsOn), java.util.Collections.unmodifiableMap(waves), java.util.Collections.unmodifiableMap(steps),
                java.util.Set.copyOf(secrets));
    }
}
