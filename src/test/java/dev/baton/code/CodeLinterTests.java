package dev.baton.code;

import dev.baton.findings.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodeLinterTests {

    private static List<String> rules(String file, String source) {
        return CodeLinter.lint(file, source).stream().map(f -> f.rule() + ":" + f.line()).toList();
    }

    @Test
    void aDocumentedModuleIsClean() {
        assertEquals(List.of(), rules("m.py", "\"\"\"Module.\"\"\"\n\n\nclass A:\n    \"\"\"An A.\"\"\"\n\n"
                + "    def f(self, s=\")]}\"):  # ([{\n        \"\"\"Return s.\"\"\"\n        return s\n"));
    }

    @Test
    void bracketsStringsAndIndentationAreCheckedOutsideStringsAndComments() {
        assertEquals(List.of("docstring:1", "brackets:2"), rules("a.py", "x = 1\ny = [1, 2\n"));
        assertEquals(List.of("indentation:2"), rules("b.py", "\"\"\"B.\"\"\"\ndef f():\nreturn 1\n"));
        assertEquals(List.of("brackets:2"), rules("c.js", "// a module\nexport function f() { return '}';\n"));
        assertEquals(List.of(), rules("d.js", "/* ( */ // [\nconst s = `{${1}}`;\n"));
    }

    @Test
    void styleProblemsAreOneWarningPerFileWithTheirCountAndFirstLine() {
        String source = "\"\"\"M.\"\"\"\nx = 1   \ny = 2\t\nz = '" + "a".repeat(130) + "'\n# TODO later\n";
        List<Finding> findings = CodeLinter.lint("m.py", source);
        assertEquals(List.of("trailing-whitespace:2", "tabs:3", "line-length:4", "todo:5"),
                findings.stream().map(f -> f.rule() + ":" + f.line()).toList());
        assertTrue(findings.get(0).message().contains("2 lines ending with spaces (first at line 2); remove them"), findings.get(0).message());
    }

    @Test
    void anEmptyFileIsAnError() {
        assertEquals(List.of("empty-file:0"), rules("e.py", "  \n"));
    }
}
