package dev.baton.jobxml;

import dev.baton.plan.StageSpec;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
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
