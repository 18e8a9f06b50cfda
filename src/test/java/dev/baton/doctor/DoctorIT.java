package dev.baton.doctor;

import dev.baton.testing.BatonProcess;
import dev.baton.testing.FakeOpenAiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code baton doctor} as a new user meets it: first with nothing configured, then with a model server. */
class DoctorIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void saysWhatAPipelineLacksAndHowToGetItThenThatAllIsReady() throws Exception {
        String pipeline = PROJECT.resolve("src/test/resources/llm/draft.yaml").toString();
        Path home = tmp.resolve("home");

        BatonProcess.Result bare = BatonProcess.run(PROJECT, home, Map.of(), "doctor", "--pipeline", pipeline);
        assertEquals(1, bare.exitCode(), bare.toString());
        assertTrue(bare.stdout().contains("FAIL  model endpoint  not configured"), bare.stdout());
        assertTrue(bare.stdout().contains("fix: set BATON_LLM_BASE_URL"), bare.stdout());
        assertTrue(bare.stdout().contains("ok    repository"), bare.stdout());
        assertTrue(bare.stdout().contains("skip  Chromium"), "the pipeline takes no screenshot: " + bare.stdout());
        assertTrue(bare.stdout().contains("baton: not ready"), bare.stdout());

        try (FakeOpenAiServer model = new FakeOpenAiServer()) {
            BatonProcess.Result wrongModel = BatonProcess.run(PROJECT, home, Map.of("BATON_LLM_BASE_URL", model.baseUrl(),
                    "BATON_LLM_MODEL", "gpt-nine"), "doctor", "--pipeline", pipeline);
            assertEquals(1, wrongModel.exitCode(), wrongModel.toString());
            assertTrue(wrongModel.stdout().contains("does not know model 'gpt-nine'; it has: fake-model"), wrongModel.stdout());

            BatonProcess.Result ready = BatonProcess.run(PROJECT, home, Map.of("BATON_LLM_BASE_URL", model.baseUrl(),
                    "BATON_LLM_MODEL", "fake-model"), "doctor", "--pipeline", pipeline);
            assertEquals(0, ready.exitCode(), ready.toString());
            assertTrue(ready.stdout().contains("ok    model endpoint  " + model.baseUrl() + ", model 'fake-model' known"), ready.stdout());
            assertTrue(ready.stdout().contains("baton: ready"), ready.stdout());
            assertTrue(model.received().isEmpty(), "the doctor asks no chat completion");
        }

        BatonProcess.Result unreachable = BatonProcess.run(PROJECT, home, Map.of(), "doctor", "--repository",
                "jdbc:postgresql://127.0.0.1:9/nothing");
        assertEquals(1, unreachable.exitCode(), unreachable.toString());
        assertTrue(unreachable.stdout().contains("FAIL  repository"), unreachable.stdout());
        assertTrue(unreachable.stdout().contains("fix: check --repository or BATON_REPOSITORY"), unreachable.stdout());

        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort(); // free again once closed: no broker there
        }
        BatonProcess.Result noBroker = BatonProcess.run(PROJECT, home, Map.of("BATON_BROKER", "tcp://127.0.0.1:" + closed), "doctor");
        assertEquals(1, noBroker.exitCode(), noBroker.toString());
        assertTrue(noBroker.stdout().contains("FAIL  broker") && noBroker.stdout().contains("cannot reach the broker at tcp://127.0.0.1:" + closed),
                noBroker.stdout());
        assertTrue(noBroker.stdout().contains("fix: start it with 'baton broker'"), noBroker.stdout());
    }
}
