package dev.baton.rest;

import dev.baton.jobxml.JobProperties;
import dev.baton.jobxml.PropertyValues;
import dev.baton.jobxml.StageProperties;
import dev.baton.plan.StageSpec;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan of a Baton job read back from its job XML: the job's properties and each stage's
 * batchlet properties, which are everything the stage needs, so the XML alone gives the plan.
 */
final class JobXmlPlan {

    private JobXmlPlan() {
    }

    /**
     * The view of a bundled pipeline from its job XML.
     *
     * @throws IllegalArgumentException if it is not a Baton job
     */
    static PipelineView read(String jobName, InputStream xml) {
        Document doc = parse(xml);
        Element job = doc.getDocumentElement();
        Map<String, String> jobProperties = new HashMap<>();
        for (var child = job.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && "properties".equals(e.getLocalName())) {
                jobProperties.putAll(properties(e));
            }
        }
        if (!jobProperties.containsKey(JobProperties.STAGES)) {
            throw new IllegalArgumentException("not a Baton job: " + jobName);
        }
        Map<String, StageSpec> byName = new LinkedHashMap<>();
        NodeList batchlets = job.getElementsByTagNameNS("*", "batchlet");
        for (int i = 0; i < batchlets.getLength(); i++) {
            Element batchlet = (Element) batchlets.item(i);
            NodeList lists = batchlet.getElementsByTagNameNS("*", "properties");
            if (lists.getLength() == 0) {
                continue;
            }
            Map<String, String> p = properties((Element) lists.item(0));
            if (p.containsKey(StageProperties.STAGE)) {
                StageSpec spec = StageProperties.read(p::get);
                byName.put(spec.name(), spec);
            }
        }
        List<StageSpec> ordered = new ArrayList<>(byName.values());
        ordered.sort(java.util.Comparator.comparingInt(StageSpec::wave));
        String maxWorkers = jobProperties.get(JobProperties.MAX_WORKERS);
        return PipelineView.of(jobProperties.getOrDefault(JobProperties.PIPELINE, jobName), jobProperties.get(JobProperties.DESCRIPTION),
                "bundled", jobName, jobProperties.get(JobProperties.MODE), maxWorkers == null ? 1 : Integer.parseInt(maxWorkers), ordered);
    }

    private static Map<String, String> properties(Element list) {
        Map<String, String> p = new LinkedHashMap<>();
        NodeList items = list.getElementsByTagNameNS("*", "property");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            p.put(item.getAttribute("name"), PropertyValues.decode(item.getAttribute("value")));
        }
        return p;
    }

    private static Document parse(InputStream xml) {
        try (xml) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(xml);
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot read job XML: " + e.getMessage(), e);
        }
    }
}
