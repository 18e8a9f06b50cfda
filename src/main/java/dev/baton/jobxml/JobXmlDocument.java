package dev.baton.jobxml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A JSR-352 job document: elements with attributes, no text, all in the Jakarta Batch namespace,
 * written as the JDK's DOM serializer writes such a document with four-space indentation (which
 * Baton used before, and the job ids of stored translations hash that text): one element a line,
 * attributes in order of their names, the namespace declared on the root after its attributes,
 * and in attribute values {@code & < > "}, tab and line breaks (so that attribute normalisation
 * keeps them) and characters beyond the Basic Multilingual Plane written as references. Property
 * values pass through {@link PropertyValues#encode}, which keeps characters XML 1.0 cannot hold
 * out of the document. It is written directly rather than through the JDK's DOM and serializer,
 * whose start-up is a visible part of a short run.
 */
final class JobXmlDocument {

    /** The namespace of Jakarta Batch job XML. */
    static final String NAMESPACE = "https://jakarta.ee/xml/ns/jakartaee";

    private static final String INDENT = "    ";

    private final String comment;
    private Element root;

    /** An element: its name, its attributes by name, and its child elements in order. */
    static final class Element {
        private final String name;
        private final Map<String, String> attributes = new TreeMap<>();
        private final List<Element> children = new ArrayList<>();

        private Element(String name, String... attributes) {
            this.name = name;
            for (int i = 0; i < attributes.length; i += 2) {
                attribute(attributes[i], attributes[i + 1]);
            }
        }

        /** Sets an attribute, replacing its value if it is set. */
        void attribute(String attribute, String value) {
            attributes.put(attribute, value);
        }
    }

    /** @param comment the comment written above the root element */
    JobXmlDocument(String comment) {
        this.comment = comment.replace("--", "- -");
    }

    /** The root element, with attributes given as name, value pairs. */
    Element root(String name, String... attributes) {
        if (root != null) {
            throw new IllegalStateException("the document has a root element already");
        }
        root = new Element(name, attributes);
        return root;
    }

    /** A child element of {@code parent}, with attributes given as name, value pairs. */
    Element child(Element parent, String name, String... attributes) {
        Element child = new Element(name, attributes);
        parent.children.add(child);
        return child;
    }

    /** A {@code <properties>} element of {@code parent}. */
    void properties(Element parent, Map<String, String> properties) {
        Element list = child(parent, "properties");
        properties.forEach((name, value) -> child(list, "property", "name", name, "value", PropertyValues.encode(value)));
    }

    /** The document as text: the XML declaration, the comment, and the root element, each line ended by a line feed. */
    String text() {
        if (root == null) {
            throw new IllegalStateException("the document has no root element");
        }
        StringBuilder out = new StringBuilder(4096);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- ").append(comment).append(" -->\n");
        write(out, root, 0);
        return out.toString();
    }

    private static void write(StringBuilder out, Element element, int depth) {
        out.append(INDENT.repeat(depth)).append('<').append(element.name);
        element.attributes.forEach((name, value) -> attribute(out, name, value));
        if (depth == 0) {
            attribute(out, "xmlns", NAMESPACE);
        }
        if (element.children.isEmpty()) {
            out.append("/>\n");
            return;
        }
        out.append(">\n");
        for (Element child : element.children) {
            write(out, child, depth + 1);
        }
        out.append(INDENT.repeat(depth)).append("</").append(element.name).append(">\n");
    }

    private static void attribute(StringBuilder out, String name, String value) {
        out.append(' ').append(name).append("=\"");
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\t', '\n', '\r' -> out.append("&#").append(c).append(';');
                default -> {
                    if (Character.isSupplementaryCodePoint(c)) {
                        out.append("&#").append(c).append(';');
                    } else {
                        out.append((char) c);
                    }
                }
            }
            i += Character.charCount(c);
        }
        out.append('"');
    }
}
