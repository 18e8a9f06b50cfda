package dev.baton.web;

import dev.baton.findings.Finding;
import dev.baton.role.Fixtures;
import dev.baton.role.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessibilityAuditorTests {

    @TempDir
    Path run;

    @Test
    void aPageWithKnownProblemsYieldsExactlyThoseFindings() throws Exception {
        Fixtures.copy("a11y", run, "site", "index.html", "styles.css", "logo.png");
        HtmlPage page = HtmlPage.parse("site/index.html", Files.readString(run.resolve("site/index.html")));
        List<Finding> findings = AccessibilityAuditor.audit(page, Workspace.of(run));
        List<String> got = findings.stream().map(f -> f.rule() + " " + f.severity().label() + " " + f.where()).toList();
        assertEquals(List.of(
                "page-lang error site/index.html:2",
                "img-alt error site/index.html:12",
                "heading-order warning site/index.html:13",
                "form-label error site/index.html:15",
                "contrast error site/styles.css:6"), got);
        Finding contrast = findings.get(4);
        assertTrue(contrast.message().contains("#777777 on #ffffff, contrast 4.48:1, below the 4.5:1"), contrast.message());
        assertTrue(findings.get(1).message().contains("use alt=\"\" if it is decorative"), findings.get(1).message());
    }

    @Test
    void largeTextNeedsThreeToOne() {
        HtmlPage page = HtmlPage.parse("p.html", """
                <!DOCTYPE html><html lang="en"><head><title>t</title><style>
                .big { color: #888; background: #fff; font-size: 1.5rem; }
                .small { color: #888; background: #fff; }
                </style></head><body><main><h1>x</h1></main></body></html>""");
        List<Finding> findings = AccessibilityAuditor.audit(page, Workspace.of(run));
        assertEquals(List.of("p.html:3"), findings.stream().map(Finding::where).toList(), findings.toString());
    }

    @Test
    void labelsLinkAndButtonNamesAreFoundEveryWay() {
        HtmlPage page = HtmlPage.parse("p.html", """
                <!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><h1>x</h1>
                <label>Wrapped <input name="a"></label>
                <input aria-label="b"><span id="lc">C</span><input aria-labelledby="lc">
                <input type="hidden" name="h"><input type="submit">
                <a href="/x"><img src="i.png" alt="Home"></a>
                <a href="/y">click here</a>
                <a href="/z"></a>
                <button aria-label="Close"></button><button></button>
                </main></body></html>""");
        List<String> rules = AccessibilityAuditor.audit(page, Workspace.of(run)).stream()
                .map(f -> f.rule() + ":" + f.line()).toList();
        assertEquals(List.of("link-text:6", "link-name:7", "button-name:8"), rules);
    }
}
