package dev.baton.template;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaskRendererTests {

    private final TaskRenderer renderer = new TaskRenderer();

    private static Map<String, Object> memory() {
        Map<String, Object> flat = new LinkedHashMap<>();
        flat.put("product_idea", "a coffee shop");
        flat.put("requirements.content", "PRD text");
        flat.put("requirements.review", Map.of("score", 0.9, "approved", true));
        flat.put("Code Skeleton.content", "<html>");
        return flat;
    }

    private String render(String template) {
        return renderer.render("stage one", template, memory());
    }

    @Test
    void rendersJinjaWithFiltersAndNestedOutputs() {
        assertEquals("Create a PRD for: A COFFEE SHOP (0.9)",
                render("Create a PRD for: {{ product_idea | upper }} ({{ requirements.review.score }})"));
        assertEquals("Brand: Default", render("Brand: {{ brand | default(\"Default\") }}"));
        assertEquals("N/A", render("{{ other.review.score if other.review is defined else \"N/A\" }}"));
        assertEquals("", render("{% if brand is defined %}{{ brand }}{% endif %}"));
        assertEquals("x", render("{{ product_idea | trim | replace('a coffee shop', 'x') }}"));
    }

    @Test
    void readsTheLegacySingleBraceForm() {
        assertEquals("Create an MVP PRD for: a coffee shop", render("Create an MVP PRD for: {product_idea}"));
        assertEquals("PRD text", render("{requirements.content}"));
        assertEquals("{\"json\": 1} and {{ literal }}", renderer.render("s", "{\"json\": 1} and {{ '{{ literal }}' }}", Map.of()));
    }

    @Test
    void stageNamesWithSpacesAreReachableAsIdentifiers() {
        assertEquals("<html>", render("{{ code_skeleton.content }}"));
    }

    @Test
    void anUndefinedNameIsAnErrorNamingTheStageAndTheName() {
        TemplateException e = assertThrows(TemplateException.class, () -> render("PRD for {{ brand }}"));
        assertTrue(e.getMessage().startsWith("stage 'stage one': the task uses 'brand', which is not defined"), e.getMessage());
        assertThrows(TemplateException.class, () -> render("{brand}"));
        assertThrows(TemplateException.class, () -> render("{{ requirements.nope }}"));
    }

    @Test
    void missingValuesStayMissingThroughFiltersAndTests() {
        TemplateException trim = assertThrows(TemplateException.class, () -> render("[{{ brand | trim }}]"));
        assertTrue(trim.getMessage().contains("brand | trim"), trim.getMessage());
        assertThrows(TemplateException.class, () -> render("{% if brand %}yes{% endif %}"));
        assertThrows(TemplateException.class, () -> render("{{ brand | string }}"));
    }

    @Test
    void aBrokenTemplateIsAnErrorNamingTheStage() {
        TemplateException e = assertThrows(TemplateException.class, () -> render("{% if product_idea %}unclosed"));
        assertTrue(e.getMessage().startsWith("stage 'stage one': the task template is not valid"), e.getMessage());
    }

    @Test
    void aTaskWithoutAnyBraceIsItsOwnRendering() {
        assertEquals("Write the README.", renderer.render("s", "Write the README.", Map.of()));
    }

    @Test
    void listsAndLoopsWork() {
        Map<String, Object> context = Map.of("items", List.of("a", "b"));
        assertEquals("a,b,", renderer.render("s", "{% for i in items %}{{ i }},{% endfor %}", context));
    }
}
