package dev.baton.rest;

import dev.baton.testing.BatonProcess;
import dev.baton.testing.ServedBaton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REST API's tests against {@code baton serve}, started as a user would: {@code java -jar target/baton.jar serve}. */
class SeApiIT extends RestApiContract {

    private static ServedBaton served;
    private static Path home;
    private static ApiClient admin;
    private static ApiClient viewer;
    private static String startMessage;

    @BeforeAll
    static void serve() throws Exception {
        served = ServedBaton.start(Files.createTempDirectory("baton-serve"), Map.of());
        home = served.dir();
        admin = new ApiClient(URI.create(served.started().base() + "api/"), "Bearer " + served.started().token());
        viewer = admin.as("Bearer " + served.started().readOnlyToken());
        startMessage = served.started().message();
    }

    @AfterAll
    static void stop() throws Exception {
        if (served != null) {
            served.close();
        }
    }

    @Override
    protected ApiClient admin() {
        return admin;
    }

    @Override
    protected ApiClient viewer() {
        return viewer;
    }

    @Test
    void theTokensAreKeptInBatonHomeForTheirOwnerOnly() throws Exception {
        for (String name : new String[] {"api-token", "api-token-viewer"}) {
            Path file = home.resolve("home").resolve(name);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), name);
            String token = Files.readString(file).strip();
            assertFalse(startMessage.contains(token), "the start message shows where " + name + " is, not the token: " + startMessage);
        }
        assertTrue(admin.get("pipelines").status() == 200);
    }

    @Test
    void aRequestForAnotherHostIsRefused() throws Exception {
        // what a page of evil.example sends once its name resolves to 127.0.0.1 (DNS rebinding)
        java.net.URI base = java.net.URI.create(admin.base().toString());
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("GET " + base.getPath() + "pipelines HTTP/1.1\r\nHost: evil.example:" + base.getPort()
                    + "\r\nAuthorization: " + admin.authorization() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
            assertTrue(answer.contains("BATON-515"), answer);
        }
        assertEquals(200, admin.get("pipelines").status(), "while its own name is answered");
    }

    @Test
    void tokenFilesThatCannotBeTrustedAreRefused() throws Exception {
        String strong = "A".repeat(43);
        record Case(String name, String token, String viewer, String mode, String says) {
        }
        for (Case c : List.of(
                new Case("readable", strong, strong + "B", "rw-r--r--", "api-token can be read by other users"),
                new Case("short", "x", strong, "rw-------", "api-token holds a token of 1 characters, too short"),
                new Case("shared", strong, strong, "rw-------", "api-token-viewer holds the same token as api-token"))) {
            Path other = home.resolve("tokens-" + c.name());
            Files.createDirectories(other);
            Files.writeString(other.resolve("api-token"), c.token());
            Files.setPosixFilePermissions(other.resolve("api-token"), PosixFilePermissions.fromString(c.mode()));
            Files.writeString(other.resolve("api-token-viewer"), c.viewer());
            Files.setPosixFilePermissions(other.resolve("api-token-viewer"), PosixFilePermissions.fromString("rw-------"));
            BatonProcess.Result r = BatonProcess.run(home, other, "serve", "--port", "0");
            assertEquals(2, r.exitCode(), c.name() + ": " + r);
            assertTrue(r.stderr().contains(c.says()), c.name() + ": " + r.stderr());
        }
    }

    @Test
    void aRefusedRequestIsNotToldWhereBatonHomeIs() throws Exception {
        ApiClient.Reply anonymous = admin.as(null).get("pipelines");
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.body().contains("BATON_HOME/api-token"), anonymous.body());
        assertTrue(!anonymous.body().contains(home.toString()), anonymous.body());
    }

    @Test
    void noAuthIsRefusedOffLoopback() throws Exception {
        BatonProcess.Result r = BatonProcess.run(home, home.resolve("other"), "serve", "--no-auth", "--bind", "0.0.0.0", "--port", "0");
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("BATON-206") || r.stderr().contains("loopback"), r.toString());
    }

    @Test
    void metricsShowTheStagesOfARunInPrometheusText() throws Exception {
        String name = "metered-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String yaml = "name: " + name + "\npolicy:\n  retries: {default: 0, copy: 2}\n  thresholds: {default: 0.5}\nstages:\n"
                + "  - {name: idea, agent: template, category: notes, task: an idea}\n"
                + "  - name: tagline\n    agent: template\n    category: copy\n    depends_on: [idea]\n"
                + "    task: \"{% if tagline.last_review is defined %}long enough now{% else %}short{% endif %}\"\n"
                + "    advisor: command\n    with:\n      review_command: [sh, -c, 'if grep -q long \"$BATON_OUTPUT_FILE\"; then "
                + "echo \"{\\\"score\\\": 1.0, \\\"approved\\\": true}\"; else echo \"{\\\"score\\\": 0.2, \\\"approved\\\": false}\"; fi']\n";
        assertEquals(201, admin.putYaml("pipelines/" + name, yaml).status());
        long id = admin.post("pipelines/" + name + "/executions", null).json().path("executionId").asLong();
        assertEquals("COMPLETED", admin.await(id).path("status").asText());

        java.net.URI root = admin.base().resolve("/");
        ApiClient.Reply refused = new ApiClient(root, null).get("metrics");
        assertEquals(401, refused.status(), "the metrics need a token like the API: " + refused);
        ApiClient.Reply page = new ApiClient(root, viewer.authorization()).get("metrics");
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.contentType().startsWith("text/plain"), page.contentType());
        String of = "baton_pipeline=\"" + name + "\"";
        assertEquals(1.0, sample(page.body(), "baton_stage_attempts_total", of, "baton_category=\"notes\""), page.body());
        assertEquals(2.0, sample(page.body(), "baton_stage_attempts_total", of, "baton_category=\"copy\""), "the tagline's retry");
        assertEquals(1.0, sample(page.body(), "baton_stage_rejections_total", of, "baton_category=\"copy\""));
        assertEquals(2.0, sample(page.body(), "baton_stage_duration_seconds_count", of), "one duration per stage");
        assertEquals(1.0, sample(page.body(), "baton_stage_score_sum", of, "baton_category=\"copy\""), "the tagline's final score");
        // buckets made for scores from 0 to 1 and for durations in seconds, not the SDK's millisecond defaults
        assertEquals(0.0, sample(page.body(), "baton_stage_score_bucket", of, "baton_category=\"copy\"", "le=\"0.95\""));
        assertEquals(1.0, sample(page.body(), "baton_stage_score_bucket", of, "baton_category=\"copy\"", "le=\"1.0\""));
        assertEquals(2.0, sample(page.body(), "baton_stage_duration_seconds_bucket", of, "le=\"1310.72\""));
    }

    /** The sum of the samples of a metric whose labels hold every given {@code name="value"}. */
    private static double sample(String page, String metric, String... labels) {
        double sum = 0;
        boolean found = false;
        for (String line : page.split("\n")) {
            if (!line.startsWith(metric + "{")) {
                continue;
            }
            String labelText = line.substring(metric.length(), line.lastIndexOf('}') + 1);
            if (java.util.Arrays.stream(labels).allMatch(labelText::contains)) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                found = true;
            }
        }
        if (!found) {
            throw new AssertionError("no sample of " + metric + " with " + List.of(labels) + " in:\n" + page);
        }
        return sum;
    }
}
