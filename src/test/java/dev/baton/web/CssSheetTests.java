package dev.baton.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CssSheetTests {

    @Test
    void rulesCustomPropertiesAndMediaBlocksAreRead() {
        CssSheet sheet = CssSheet.parse("a.css", """
                /* colours */
                :root { --ink: #111; --paper: var(--white, #fff); }
                body { color: var(--ink); background: var(--paper) }
                @media (min-width: 40rem) {
                  .grid { display: grid; grid-template-columns: repeat(3, 1fr); }
                }
                @font-face { font-family: X; src: url(x.woff2); }
                """, 1);
        assertEquals(List.of(":root", "body", ".grid"), sheet.rules().stream().map(CssRule::selector).toList());
        assertEquals(3, sheet.rules().get(1).line());
        assertEquals("(min-width: 40rem)", sheet.rules().get(2).media().replace("@media ", ""));
        assertEquals("repeat(3, 1fr)", sheet.rules().get(2).get("grid-template-columns"));
        Map<String, String> vars = sheet.customProperties();
        assertEquals("#111", CssSheet.resolve(sheet.rules().get(1).get("color"), vars));
        assertEquals("#fff", CssSheet.resolve(sheet.rules().get(1).get("background"), vars));
        assertTrue(sheet.problems().isEmpty(), sheet.problems().toString());
    }

    @Test
    void syntaxProblemsAreFindingsWithLines() {
        CssSheet sheet = CssSheet.parse("b.css", "a { color red; }\n}\n.open { color: blue;\n", 10);
        List<String> found = sheet.problems().stream().map(f -> f.line() + " " + f.message()).toList();
        assertEquals(3, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("10 b.css: the declaration 'color red'"), found.toString());
        assertTrue(found.get(1).startsWith("11 b.css: a closing brace"), found.toString());
        assertTrue(found.get(2).startsWith("12 b.css: the block of '.open'"), found.toString());
    }
}
