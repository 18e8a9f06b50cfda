package dev.baton.web;

import dev.baton.agent.AgentException;
import dev.baton.agent.AgentOutput;
import dev.baton.code.StaticLinterAgentTests;
import dev.baton.role.PngInfo;
import dev.baton.role.Requests;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScreenshotAgentTests {

    @TempDir
    Path run;

    @Test
    void theSizeComesFromWithThenFromTheTask() {
        assertEquals(new Dimensions(1920, 1080), Dimensions.of("s", Map.of(), "Generate screenshot of: x\nDimensions: 1920x1080\n"));
        assertEquals(new Dimensions(400, 300), Dimensions.of("s", Map.of("width", 400, "height", "300"), "Dimensions: 1920x1080"));
        assertEquals(Dimensions.DEFAULT, Dimensions.of("s", Map.of(), ""));
        assertThrows(AgentException.class, () -> Dimensions.of("s", Map.of("width", "wide"), ""));
    }

    @Test
    void withoutChromiumTheErrorSaysWhatToInstall() throws Exception {
        StaticLinterAgentTests.writeGeneratedPage(run);
        AgentException e = assertThrows(AgentException.class, () -> new ScreenshotAgent().produce(Requests.stage("shot")
                .runFolder(run).inputs("src/index.html").with("chromium", "/nonexistent/chromium").build()));
        assertTrue(e.getMessage().startsWith("ScreenshotAgent needs Chromium: install the Debian packages chromium"), e.getMessage());
    }

    @Test
    void chromiumTakesAPngOfThePageAtTheAskedSize() throws Exception {
        Assumptions.assumeTrue(Chromium.find(null).isPresent(), "Chromium is not installed");
        StaticLinterAgentTests.writeGeneratedPage(run);
        AgentOutput out = new ScreenshotAgent().produce(Requests.stage("Screenshot").runFolder(run)
                .task("Generate screenshot of: src/index.html\nDimensions: 800x600\n")
                .inputs("src/index.html").outputs("screenshots/preview.png").build());
        PngInfo png = PngInfo.read(out.artifacts().get(0).bytes()).orElseThrow();
        assertEquals(new PngInfo(800, 600), png);
        assertEquals("screenshots/preview.png", out.artifacts().get(0).path());
        assertTrue(out.artifacts().get(0).bytes().length > 5_000, "a real rendering, not a blank image");
    }
}
