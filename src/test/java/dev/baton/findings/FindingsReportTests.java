package dev.baton.findings;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FindingsReportTests {

    @Test
    void aFindingsBlockReadsBackWhatWasWritten() {
        FindingsBlock block = new FindingsBlock("static-lint", List.of("a.html"),
                List.of(new Finding("img-alt", Severity.ERROR, "a.html", 3, "img \"x\" | has no alt")));
        String report = FindingsReport.write("Report", block, List.of("img-alt"), List.of());
        assertEquals(block, FindingsBlock.read(report).orElseThrow());
        assertTrue(report.contains("img \"x\" \\| has no alt"), "pipes are escaped in the table");
    }
}
