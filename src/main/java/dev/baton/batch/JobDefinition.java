package dev.baton.batch;

import dev.baton.jobxml.JobProperties;
import dev.baton.jobxml.PropertyValues;
import dev.baton.json.Json;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a Baton job XML says about its pipeline, read back from the XML: the job-level properties
 * (pipeline name, initial memory, the stages in plan order with their waves).
 *
 * @param pipeline   the pipeline's name
 * @param memory     the initial memory of the pipeline file
 * @param stages     stage names in plan order
 * @param waves      stage name to wave number
 * @param steps      stage name to its step's id
 * @param dependsOn  stage name to the stages it depends on directly
 */
public record JobDefinition(String pipeline, String memory, List<String> stages, Map<String, Integer> waves,
                            Map<String, String> steps, Map<String, List<String>> dependsOn) {

    /** Every stage {@code stage} depends on, directly or not, in plan order. */
    public List<String> upstream(String stage) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(dependsOn.getOrDefault(stage, List.of()));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (seen.add(next)) {
                todo.addAll(dependsOn.getOrDefault(next, List.of()));
            }
        }
        return stages.stream().filter(seen::contains).toList();
    }

    /**
     * The definition from a job's properties, as a running job sees them ({@code JobContext.getProperties()}).
     *
     * @throws IllegalArgumentException if it is not a Baton job
     */
    public static JobDefinition fromProperties(java.util.Properties jobProperties) {
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
        Map<String, String> properties = new LinkedHashMap<>();
        try (xml) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(xml);
            Element job = doc.getDocumentElement();
            for (var child = job.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element e && "properties".equals(e.getLocalName())) {
                    NodeList list = e.getElementsByTagNameNS("*", "property");
                    for (int i = 0; i < list.getLength(); i++) {
                        Element p = (Element) list.item(i);
                        properties.put(p.getAttribute("name"), PropertyValues.decode(p.getAttribute("value")));
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot read job XML: " + e.getMessage(), e);
        }
        return of(properties);
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
        return new JobDefinition(properties.get(JobProperties.PIPELINE), properties.get(JobProperties.MEMORY), stages, waves, steps, dependsOn);
    }
}
