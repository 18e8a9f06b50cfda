package dev.baton.packaging;

import dev.baton.agent.AgentException;
import dev.baton.agent.AgentOutput;
import dev.baton.code.StaticLinterAgentTests;
import dev.baton.role.Requests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZipPackagerAgentTests {

    @TempDir
    Path run;

    @Test
    void theZipHoldsTheInputsAndTheStylesheetTheirPageLinksInOrder() throws Exception {
        StaticLinterAgentTests.writeGeneratedPage(run);
        Files.writeString(run.resolve("README.md"), "# BlueBean\n");
        Files.createDirectories(run.resolve("reports"));
        Files.writeString(run.resolve("reports/lint_report.md"), "# Lint\n");
        var request = Requests.stage("Package ZIP").runFolder(run)
                .inputs("src/index.html", "README.md", "reports/lint_report.md").outputs("dist/package.zip").build();
        AgentOutput out = new ZipPackagerAgent().produce(request);
        assertEquals("dist/package.zip", out.artifacts().get(0).path());
        byte[] zip = out.artifacts().get(0).bytes();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
                byte[] bytes = in.readAllBytes();
                assertArrayEquals(Files.readAllBytes(run.resolve(e.getName())), bytes, e.getName());
                assertEquals(1980, e.getTimeLocal().getYear());
            }
        }
        assertEquals(List.of("src/index.html", "src/styles.css", "README.md", "reports/lint_report.md"), names);
        assertTrue(((String) out.content()).contains("| `src/styles.css` |"), (String) out.content());
        Thread.sleep(5);
        assertTrue(Arrays.equals(zip, new ZipPackagerAgent().produce(request).artifacts().get(0).bytes()), "same bytes every time");
    }

    @Test
    void aMissingInputIsAnErrorNamingIt() {
        AgentException e = assertThrows(AgentException.class, () -> new ZipPackagerAgent().produce(Requests.stage("zip")
                .runFolder(run).inputs("screenshots/preview.png").outputs("dist/package.zip").build()));
        assertTrue(e.getMessage().contains("'screenshots/preview.png'"), e.getMessage());
    }
}
