package dev.baton.jobxml;

import dev.baton.pipeline.Pipeline;
import dev.baton.plan.Mode;
import dev.baton.plan.Plan;
import dev.baton.plan.PlanOptions;
import dev.baton.plan.Planner;
import dev.baton.testing.Pipelines;
import jakarta.batch.api.Batchlet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobXmlTranslatorTests {

    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws SAXException {
        var xsd = Batchlet.class.getClassLoader().getResource("xsd/jobXML_2_0.xsd");
        schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
    }

    @Test
    void randomPipelinesTranslateToValidJobXmlInBothModes() throws Exception {
        Random random = new Random(7);
        int checked = 0;
        for (int round = 0; round < 60; round++) {
            Map<String, List<String>> graph = Pipelines.randomDag(random, 1 + random.nextInt(30), random.nextDouble() * 0.4);
            Pipeline pipeline = Pipelines.fromGraph("random-" + round, graph);
            for (PlanOptions options : List.of(new PlanOptions(Mode.SEQUENTIAL, 1), new PlanOptions(Mode.PARALLEL, 1),
                    new PlanOptions(Mode.PARALLEL, 2), new PlanOptions(Mode.PARALLEL, 3), new PlanOptions(Mode.PARALLEL, 8),
                    new PlanOptions(Mode.PARALLEL, 4, dev.baton.plan.Schedule.EAGER))) {
                Mode mode = options.mode();
                {
                    Plan plan = Planner.plan(pipeline, options);
                    String xml = JobXmlTranslator.translate(pipeline, plan, "random-" + round);
                    validate(xml);
                    Document doc = parse(xml);
                    assertNextsResolveAndIdsAreUnique(doc);
                    assertEquals(graph.size(), doc.getElementsByTagNameNS("*", "step").getLength(), "one step per stage");
                    if (options.schedule() == dev.baton.plan.Schedule.WAVES) {
                        assertWavesHaveOneStagePerFlow(doc, mode);
                    }
                    checked++;
                }
            }
        }
        assertEquals(360, checked);
    }

    @Test
    void longSequencesAreNestedInFlowsSoThatNoChainOfNextsIsLong() throws Exception {
        Map<String, List<String>> chain = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 10_000; i++) {
            chain.put("s" + i, i == 0 ? List.of() : List.of("s" + (i - 1)));
        }
        Pipeline pipeline = Pipelines.fromGraph("long", chain);
        for (Mode mode : Mode.values()) {
            String xml = JobXmlTranslator.translate(pipeline, Planner.plan(pipeline, new PlanOptions(mode, 4)), "long");
            validate(xml);
            Document doc = parse(xml);
            assertNextsResolveAndIdsAreUnique(doc);
            assertEquals(10_000, doc.getElementsByTagNameNS("*", "step").getLength());
            assertTrue(longestRun(doc.getDocumentElement()) <= BlockWriter.MAX_SEQUENCE, mode + ": at most "
                    + BlockWriter.MAX_SEQUENCE + " elements in a row at any level");
        }
    }

    /** The most step, flow or split children of one element, anywhere under {@code element}. */
    private static int longestRun(Element element) {
        int here = 0;
        int deepest = 0;
        for (org.w3c.dom.Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && List.of("step", "flow", "split").contains(child.getLocalName())) {
                here++;
                deepest = Math.max(deepest, longestRun(child));
            }
        }
        return Math.max(here, deepest);
    }

    @Test
    void oneTranslationWrittenUnderSeveralJobIdsGivesEachTheTextOfItsOwn() throws Exception {
        Pipeline pipeline = Pipelines.pipeline("ids", Map.of(), Pipelines.stage("a", "x"), Pipelines.stage("b", "y", "a"));
        Plan plan = Planner.plan(pipeline, PlanOptions.DEFAULT_PARALLEL);
        var translation = JobXmlTranslator.translation(pipeline, plan);
        String first = translation.apply("ids-1");
        String second = translation.apply("ids-2");
        assertEquals(first.replace("id=\"ids-1\"", "id=\"ids-2\""), second);
        assertEquals(first, translation.apply("ids-1"));
        assertTrue(first.contains("<job id=\"ids-1\" restartable=\"true\" version=\"2.0\""), first);
        validate(second);
    }

    @Test
    void stageNamesThatCollideAfterSluggingGetDistinctIds() throws Exception {
        Pipeline pipeline = Pipelines.pipeline("collide", Map.of(),
                Pipelines.stage("Code Skeleton", "x"), Pipelines.stage("code-skeleton", "y"), Pipelines.stage("code skeleton!", "z"));
        String xml = JobXmlTranslator.translate(pipeline, Planner.plan(pipeline, PlanOptions.DEFAULT_PARALLEL), "collide");
        validate(xml);
        assertTrue(xml.contains("id=\"stage-code-skeleton\""));
        assertTrue(xml.contains("id=\"stage-code-skeleton-2\""));
        assertTrue(xml.contains("id=\"stage-code-skeleton-3\""));
    }

    @Test
    void taskTextSurvivesXmlAndBatchPropertySubstitution() throws Exception {
        String task = "Line one\n\tcolor: #{{ primary_color }}; <b>\"quoted\"</b> & more\r\nend #{jobParameters['x']}";
        Pipeline pipeline = Pipelines.pipeline("text", Map.of(), Pipelines.stage("s", task));
        String xml = JobXmlTranslator.translate(pipeline, Planner.plan(pipeline, PlanOptions.DEFAULT_PARALLEL), "text");
        validate(xml);
        Element property = properties(parse(xml)).stream().filter(p -> p.getAttribute("name").equals("task")).findFirst().orElseThrow();
        assertTrue(property.getAttribute("value").startsWith(PropertyValues.MARKER), "a value with #{ is encoded");
        assertEquals(task, PropertyValues.decode(property.getAttribute("value")));
    }

    @Test
    void controlCharactersInTextsStayOutOfTheDocumentAndComeBackWhole() throws Exception {
        String task = "\u001b[31mred\u001b[0m and a bell \u0007, a form feed \f";
        Pipeline pipeline = Pipelines.pipeline("control", Map.of("note", "\u0001"), Pipelines.stage("s", task));
        String xml = JobXmlTranslator.translate(pipeline, Planner.plan(pipeline, PlanOptions.DEFAULT_PARALLEL), "control");
        validate(xml);
        Element property = properties(parse(xml)).stream().filter(p -> p.getAttribute("name").equals("task")).findFirst().orElseThrow();
        assertTrue(property.getAttribute("value").startsWith(PropertyValues.MARKER), "encoded: XML 1.0 cannot hold them");
        assertEquals(task, PropertyValues.decode(property.getAttribute("value")));
        assertEquals(Map.of("note", "\u0001"), dev.baton.json.Json.readMap(
                JobDefinition.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).memory()));
    }

    @Test
    void multiLineTasksWithoutExpressionsStayReadable() throws Exception {
        String task = "Create PRD for: {{ product_idea }}\nBrand: {{ brand | default(\"Default\") }}\n";
        Pipeline pipeline = Pipelines.pipeline("plain", Map.of(), Pipelines.stage("s", task));
        String xml = JobXmlTranslator.translate(pipeline, Planner.plan(pipeline, PlanOptions.DEFAULT_PARALLEL), "plain");
        assertTrue(xml.contains("value=\"Create PRD for: {{ product_idea }}&#10;Brand: {{ brand | default(&quot;Default&quot;) }}&#10;\""));
        Element property = properties(parse(xml)).stream().filter(p -> p.getAttribute("name").equals("task")).findFirst().orElseThrow();
        assertEquals(task, property.getAttribute("value"), "newlines survive attribute normalisation");
    }

    private static void validate(String xml) throws Exception {
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> properties(Document doc) {
        NodeList list = doc.getElementsByTagNameNS("*", "property");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static void assertNextsResolveAndIdsAreUnique(Document doc) {
        Set<String> ids = new HashSet<>();
        List<String> nexts = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("id") && !e.getLocalName().equals("job")) {
                assertTrue(ids.add(e.getAttribute("id")), "unique id " + e.getAttribute("id"));
            }
            if (e.hasAttribute("next")) {
                nexts.add(e.getAttribute("next"));
            }
        }
        assertTrue(ids.containsAll(nexts), "every next resolves: " + nexts + " in " + ids);
    }

    /** A wave's split has a flow per stage, so that any free worker takes the wave's next stage; sequential plans have no split. */
    private static void assertWavesHaveOneStagePerFlow(Document doc, Mode mode) {
        NodeList splits = doc.getElementsByTagNameNS("*", "split");
        if (mode == Mode.SEQUENTIAL) {
            assertEquals(0, splits.getLength());
        }
        for (int i = 0; i < splits.getLength(); i++) {
            NodeList flows = ((Element) splits.item(i)).getElementsByTagNameNS("*", "flow");
            assertTrue(flows.getLength() >= 2, "a split has two flows or more");
            for (int f = 0; f < flows.getLength(); f++) {
                assertEquals(1, ((Element) flows.item(f)).getElementsByTagNameNS("*", "step").getLength(), "one stage per flow");
            }
        }
    }
}
