package dev.baton.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files that used to pass the loader and then fail the run, or break the loader: each now a problem at its place. */
class HostileFilesTests {

    private static final Catalog CATALOG = new Catalog(Set.of("template"), Set.of());

    @TempDir
    Path tmp;

    private static List<String> errors(String yaml) {
        LoadResult r = new PipelineLoader(CATALOG).load(yaml, "p.yaml", "p");
        assertInstanceOf(LoadResult.Invalid.class, r, "expected problems");
        return ((LoadResult.Invalid) r).problems().stream().map(Problem::toString).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\n", "# only a comment\n"})
    void anEmptyFileSaysSo(String text) {
        assertEquals(List.of("p.yaml:1:1: the file is empty; a pipeline file is a mapping with a 'stages' list"), errors(text));
    }

    @Test
    void aValueThatContainsItselfIsRefusedAtItsAnchor() {
        assertEquals(List.of("p.yaml:1:9: the value anchored here contains itself through an alias; a pipeline's values must not refer to themselves"),
                errors("memory: &m {self: *m}\nstages: [{name: s, agent: template}]\n"));
        assertEquals(1, errors("stages:\n  - &s {name: s, agent: template, with: {again: [*s]}}\n").size());
    }

    @Test
    void aTemplateSyntaxErrorIsFoundAtTheTask() {
        List<String> errors = errors("stages:\n  - {name: s, agent: template, task: \"{{ unclosed\"}\n  - {name: t, agent: template, task: '{% if x %}{{ 1 + }}{% endif %}'}\n");
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("p.yaml:2:38: stage 's': the task template is not valid: Unclosed token"), errors.get(0));
        assertTrue(errors.get(1).startsWith("p.yaml:3:38: stage 't': the task template is not valid: Error parsing '1 +'"), errors.get(1));
        assertTrue(errors("stages: [{name: s, agent: template, task: \"{% include 'x' %}\"}]\n").get(0)
                .contains("a task template reads no file or resource"));
    }

    @Test
    void retriesAndTimeoutsHaveBounds() {
        assertEquals(List.of("p.yaml:1:50: 'max_retries' must be a whole number from 0 to 100, not 2147483647"),
                errors("stages: [{name: s, agent: template, max_retries: 2147483647}]\n"));
        assertEquals(List.of("p.yaml:1:29: 'retries.default' must be a whole number from 0 to 100, not 101"),
                errors("policy: {retries: {default: 101}}\nstages: [{name: s, agent: template}]\n"));
        assertEquals(List.of("p.yaml:1:46: 'timeout' must be a number of seconds above 0, at most 2592000 (thirty days), not 1e300"),
                errors("stages: [{name: s, agent: template, timeout: 1e300}]\n"));
    }

    @Test
    void namesHaveALength() {
        String longName = "n".repeat(5000);
        assertEquals(List.of("p.yaml:1:7: 'name' is 5000 characters long; at most 100"),
                errors("name: " + longName + "\nstages: [{name: s, agent: template}]\n"));
        assertEquals(List.of("p.yaml:1:17: 'name' is 5000 characters long; at most 200"),
                errors("stages: [{name: " + longName + ", agent: template}]\n"));
    }

    @Test
    void bytesThatAreNotUtf8AreFoundAtTheirLineAndColumn() throws Exception {
        Path file = tmp.resolve("latin1.yaml");
        Files.write(file, "stages:\n  - {name: caf\u00e9, agent: template}\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        LoadResult r = new PipelineLoader(CATALOG).load(file);
        assertInstanceOf(LoadResult.Invalid.class, r);
        assertEquals(List.of(file + ":2:15: the file is not UTF-8 text: byte 0xE9 cannot start or continue a character here; save it as UTF-8"),
                ((LoadResult.Invalid) r).problems().stream().map(Problem::toString).toList());
    }
}
