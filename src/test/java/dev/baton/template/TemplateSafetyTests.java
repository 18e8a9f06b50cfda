package dev.baton.template;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only the pipeline's own task is a template: values stay data, templates read no file, and a render's cost is bounded. */
class TemplateSafetyTests {

    private final TaskRenderer renderer = new TaskRenderer();

    @ParameterizedTest
    @ValueSource(strings = {"{{ 6*7 }}", "{% include 'META-INF/MANIFEST.MF' %}", "{% for a in range(1000) %}{% for b in range(1000) %}x{% endfor %}{% endfor %}"})
    void aValueIsDataEvenWhenItLooksLikeATemplate(String value) {
        assertEquals("<" + value + ">", renderer.render("s", "<{{ idea }}>", Map.of("idea", value)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{% include 'META-INF/MANIFEST.MF' %}", "{% import 'x.j2' as x %}", "{% from 'x.j2' import y %}",
            "{% extends 'base.j2' %}"})
    void aTemplateReadsNoFile(String template) {
        TemplateException e = assertThrows(TemplateException.class, () -> renderer.render("s", template, Map.of()));
        assertTrue(e.getMessage().startsWith("stage 's': a task template reads no file or resource"), e.getMessage());
        assertTrue(TaskRenderer.syntaxError("s", template) != null, "and the check before the run says so");
    }

    @Test
    void loopsThatGoOnTooLongAreCutWithAMessageNamingTheStage() {
        long t0 = System.nanoTime();
        TemplateException e = assertThrows(TemplateException.class, () -> renderer.render("busy",
                "{% for a in range(1000) %}{% for b in range(1000) %}{% for c in range(1000) %}{% endfor %}{% endfor %}{% endfor %}", Map.of()));
        assertTrue(e.getMessage().startsWith("stage 'busy': the task template takes more than"), e.getMessage());
        assertTrue((System.nanoTime() - t0) / 1e9 < 30, "cut long before a billion passes");
    }

    @Test
    void aRenderTooLargeIsCutWithAMessageNamingTheStage() {
        TemplateException e = assertThrows(TemplateException.class, () -> renderer.render("big",
                "{% for a in range(9000) %}{{ text }}{% endfor %}", Map.of("text", "x".repeat(1000))));
        assertTrue(e.getMessage().startsWith("stage 'big': the task template goes past a limit"), e.getMessage());
    }

    @Test
    void anInterruptedRenderStopsAndKeepsTheInterruption() {
        Thread.currentThread().interrupt();
        try {
            TemplateException e = assertThrows(TemplateException.class, () -> renderer.render("s", "{{ a }}", Map.of("a", 1)));
            assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{{ unclosed", "{% if x %}{{ 1 + }}{% endif %}", "{% if x %}ok{% else %}{{ x.y( }}{% endif %}",
            "{% for i in items %}{{ i + }}{% endfor %}", "{% unknowntag %}", "{% if x %}no end"})
    void syntaxErrorsAreFoundInEveryBranchWithoutAMemory(String template) {
        String error = TaskRenderer.syntaxError("s", template);
        assertTrue(error != null && error.startsWith("stage 's': the task template is not valid"), template + ": " + error);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain text", "{{ undefined_until_run_time }}", "{{ a | default('b') }} {% if c is defined %}{{ c }}{% endif %}",
            "{legacy_name}", "{% for i in items %}{{ i }}{% endfor %}"})
    void validTemplatesHaveNoSyntaxError(String template) {
        assertNull(TaskRenderer.syntaxError("s", template));
    }
}
