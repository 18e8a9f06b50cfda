package dev.baton.template;

import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResourceTemplatesTests {

    private static final String GREETING = "dev/baton/template/greeting.txt.jinja";

    @Test
    void valuesAreInsertedAsDataAndTheTrailingNewlineIsKept() {
        String text = ResourceTemplates.render(GREETING, Map.of("name", "{{ 6 * 7 }} <b>", "loud", true, "note", "{% raw %}"));
        assertEquals("Hello {{ 6 * 7 }} <b>!\n100% {% raw %}\n", text);
    }

    @Test
    void aNameTheValuesLackIsAnError() {
        TemplateException e = assertThrows(TemplateException.class,
                () -> ResourceTemplates.render(GREETING, Map.of("name", "Ann", "loud", false)));
        assertTrue(e.getMessage().startsWith(GREETING + " line 2: "), e.getMessage());
    }

    @Test
    void aMissingResourceIsAnError() {
        assertThrows(UncheckedIOException.class, () -> ResourceTemplates.render("dev/baton/template/none.jinja", Map.of()));
    }
}
