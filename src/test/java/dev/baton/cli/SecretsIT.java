package dev.baton.cli;

import dev.baton.json.Json;
import dev.baton.testing.BatonProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A variable a stage names as a secret ({@code with.api_key_env}) reaches no command of the run, nor anything it writes. */
class SecretsIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path home;

    @Test
    void aSecretNamedByOneStageIsWithheldFromEveryCommand() throws Exception {
        BatonProcess.Result run = BatonProcess.run(PROJECT, home, Map.of("MY_SERVICE_KEY", "s3cret-value", "OTHER_VARIABLE", "kept"),
                "--pipeline", PROJECT.resolve("src/test/resources/secrets/secrets.yaml").toString(), "--output", "json");
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("key=withheld other=kept", Json.tree(run.stdout()).get("memory").get("shell.content").asText().strip());
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1).contains("s3cret-value"),
                        "the secret is in " + file);
            }
        }
    }
}
