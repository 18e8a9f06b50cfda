package dev.baton.jobxml;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.StringWriter;
import java.util.Map;

/**
 * A JSR-352 job document, built with the JDK's DOM and written by its serializer, which escapes
 * what an attribute value needs (markup characters, quotes, line breaks and tabs as character
 * references, so that attribute normalisation keeps them). Property values pass through
 * {@link PropertyValues#encode}, which keeps characters XML 1.0 cannot hold out of the document.
 */
final class JobXmlDocument {

    /** The namespace of Jakarta Batch job XML. */
    static final String NAMESPACE = "https://jakarta.ee/xml/ns/jakartaee";

    private final Document doc;
    private final String comment;

    /** @param comment the comment written above the root element */
    JobXmlDocument(String comment) {
        this.comment = comment.replace("--", "- -");
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            doc = factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's DOM is always there", e);
        }
    }

    /** The root element. */
    Element root(String name, String... attributes) {
        Element root = element(name, attributes);
        doc.appendChild(root);
        return root;
    }

    /** A child element of {@code parent}, with attributes given as name, value pairs. */
    Element child(Element parent, String name, String... attributes) {
        Element child = element(name, attributes);
        parent.appendChild(child);
        return child;
    }

    /** A {@code <properties>} element of {@code parent}. */
    void properties(Element parent, Map<String, String> properties) {
        Element list = child(parent, "properties");
        properties.forEach((name, value) -> child(list, "property", "name", name, "value", PropertyValues.encode(value)));
    }

    /** The document as text, indented by four spaces, after the XML declaration and the comment. */
    String text() {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer serializer = factory.newTransformer();
            serializer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            serializer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            serializer.setOutputProperty(OutputKeys.INDENT, "yes");
            serializer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "4");
            // the declaration and the comment on lines of their own, which the JDK's serializer does not do
            StringWriter out = new StringWriter();
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- " + comment + " -->\n");
            serializer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write job XML: " + e.getMessage(), e);
        }
    }

    private Element element(String name, String... attributes) {
        Element element = doc.createElementNS(NAMESPACE, name);
        for (int i = 0; i < attributes.length; i += 2) {
            element.setAttribute(attributes[i], attributes[i + 1]);
        }
        return element;
    }
}
