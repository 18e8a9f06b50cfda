package dev.baton.jobxml;

import dev.baton.plan.StageSpec;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads back what {@link JobXmlTranslator} wrote into a job XML: the job-level properties and each
 * stage's batchlet properties, which together are the whole plan.
 */
public final class JobXmlReader {

    private JobXmlReader() {
    }

    /**
     * What a job XML holds.
     *
     * @param properties the job-level properties, decoded
     * @param stages     each stage's spec, by wave
     */
    public record Contents(Map<String, String> properties, List<StageSpec> stages) {
    }

    /**
     * Reads a job XML (and closes the stream).
     *
     * @throws IllegalArgumentException if it cannot be parsed
     */
    public static Contents read(InputStream xml) {
        Element job = parse(xml).getDocumentElement();
        Map<String, String> properties = new LinkedHashMap<>();
        for (var child = job.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && "properties".equals(e.getLocalName())) {
                properties.putAll(properties(e));
            }
        }
        Map<String, StageSpec> byName = new LinkedHashMap<>();
        NodeList batchlets = job.getElementsByTagNameNS("*", "batchlet");
        for (int i = 0; i < batchlets.getLength(); i++) {
            NodeList lists = ((Element) batchlets.item(i)).getElementsByTagNameNS("*", "properties");
            if (lists.getLength() == 0) {
                continue;
            }
            Map<String, String> p = properties((Element) lists.item(0));
            if (p.containsKey(StageProperties.STAGE)) {
                StageSpec spec = StageProperties.read(p::get);
                byName.put(spec.name(), spec);
            }
        }
        List<StageSpec> stages = new ArrayList<>(byName.values());
        stages.sort(Comparator.comparingInt(StageSpec::wave));
        return new Contents(properties, stages);
    }

    /**
     * Reads only the job-level properties of a job XML (and closes the stream): what a job's
     * {@link JobDefinition} is made of. It stops at the job's first step, flow, split or decision
     * (the schema puts the job's properties before them), so its cost does not grow with the
     * number of stages.
     *
     * @throws IllegalArgumentException if it cannot be parsed
     */
    public static Map<String, String> jobProperties(InputStream xml) {
        Map<String, String> properties = new LinkedHashMap<>();
        try (xml) {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader reader = factory.createXMLStreamReader(xml);
            try {
                int depth = 0;
                boolean inJobProperties = false;
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        String name = reader.getLocalName();
                        if (depth == 2 && EXECUTION_ELEMENTS.contains(name)) {
                            break;
                        }
                        inJobProperties |= depth == 2 && "properties".equals(name);
                        if (inJobProperties && depth == 3 && "property".equals(name)) {
                            properties.put(reader.getAttributeValue(null, "name"), PropertyValues.decode(reader.getAttributeValue(null, "value")));
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        inJobProperties &= depth != 2;
                        depth--;
                    }
                }
            } finally {
                reader.close();
            }
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot read job XML: " + e.getMessage(), e);
        }
        return properties;
    }

    /** The elements of a job after its properties and listeners. */
    private static final java.util.Set<String> EXECUTION_ELEMENTS = java.util.Set.of("step", "flow", "split", "decision");

    private static Map<String, String> properties(Element list) {
        Map<String, String> p = new LinkedHashMap<>();
        NodeList items = list.getElementsByTagNameNS("*", "property");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            if (item.getParentNode() == list) {
                p.put(item.getAttribute("name"), PropertyValues.decode(item.getAttribute("value")));
            }
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
