package dev.baton.document;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The outline's reading of code fences and heading lines, as commonmark reads them. */
class MarkdownOutlineTests {

    private static List<String> titles(String markdown) {
        return MarkdownOutline.parse(markdown).sections().stream().map(MarkdownOutline.Section::title).toList();
    }

    @Test
    void aFenceClosesOnlyWithItsOwnKindAndLength() {
        assertEquals(List.of("out"), titles("```\n~~~\n# in\n```\n# out\n"));
        assertEquals(List.of("out"), titles("````\n```\n# in\n````\n# out\n"));
        assertEquals(List.of("c"), titles("```js\n# a\n```python\n# b\n```\n# c\n"), "a fence with an info string opens, never closes");
        assertTrue(MarkdownOutline.parse("```\n~~~\n```\n").fencesBalanced());
        assertFalse(MarkdownOutline.parse("# T\n```\nunclosed\n# z\n").fencesBalanced());
    }

    @Test
    void headingsAreAtxLinesWrittenAtTheStartOfTheLine() {
        assertEquals(List.of("Real"), titles("Title\n=====\n\nText\n---\n# Real\n"), "setext headings do not count");
        assertEquals(List.of("in html"), titles("  # indented\n> # quoted\n<div>\n# in html\n</div>\n"));
        assertEquals(List.of("A", "Bold it code"), titles("# A #\n## **Bold** _it_ `code`\n"));
        assertEquals(List.of("h"), titles("    ```\n# h\n"), "four spaces of indentation make no fence");
    }

    @Test
    void markdownSectionsIgnoreHeadingsInCodeFences() {
        MarkdownOutline outline = MarkdownOutline.parse("# T\n\n## User Stories\n\n- [ ] one\n- two\n\n```\n# not a heading\n```\n## 2. Scope\n");
        assertEquals("T", outline.title());
        assertEquals(List.of("T", "User Stories", "2. Scope"), outline.sections().stream().map(MarkdownOutline.Section::title).toList());
        assertEquals(List.of("one", "two"), outline.find("user stories").orElseThrow().bullets());
        assertTrue(outline.find("scope").isPresent(), "numbering is ignored");
        assertTrue(outline.fencesBalanced());
    }
}
