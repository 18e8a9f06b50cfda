package dev.baton.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.Json;
import dev.baton.pipeline.Position;
import dev.baton.pipeline.Problem;
import dev.baton.plan.Mode;
import dev.baton.plan.PlanOptions;
import dev.baton.record.ArtifactRecord;
import dev.baton.record.RunEvent;
import dev.baton.runtime.ReceivedArtifacts;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code baton run --server URL} and {@code baton restart --server URL}: the pipeline file's text
 * goes to a running Baton server ({@code POST executions}; a restart is {@code POST
 * executions/ID/restart}), which runs it in its warm JVM, on its repository, with its agents'
 * settings; this command follows the run's events, prints what {@code baton run} prints, and exits
 * as it does (0, 1, 2 for a pipeline with problems or an execution that does not exist, 130 after
 * Ctrl-C, which stops the run on the server so that it can be restarted there).
 */
final class RemoteRun {

    /** The statuses of an execution that has not ended. */
    private static final Set<String> UNDER_WAY = Set.of("STARTING", "STARTED", "STOPPING");

    /** How long the command waits for the server's record of a run whose events have ended to say it ended. */
    private static final long END_WAIT_MS = 30_000;

    private final ServerConnection server;
    private final OutputFormat output;
    private final PrintWriter out;
    private final PrintWriter err;

    RemoteRun(ServerConnection server, OutputFormat output, PrintWriter out, PrintWriter err) {
        this.server = server;
        this.output = output;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the pipeline on the server and follows it to its end.
     *
     * @param yaml   the pipeline file's text
     * @param source the file as the user named it (problems are named after it)
     * @param memory the initial memory as texts ({@code --mem})
     * @param saveArtifacts where to save the run's artifacts once it has ended ({@code --save-artifacts};
     *                      empty for {@code artifacts/PIPELINE-RUN}), or null to leave them on the server
     * @return the exit code
     */
    int run(String yaml, String source, PlanOptions options, Map<String, String> memory, boolean failFast, boolean noCache,
            String saveArtifacts) throws InterruptedException, IOException {
        long started = System.nanoTime();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("pipeline", yaml);
        request.put("source", source);
        request.put("memory", dev.baton.runtime.MemoryTexts.values(memory));
        request.put("parallel", options.mode() == Mode.PARALLEL);
        request.put("maxWorkers", options.maxWorkers());
        request.put("schedule", options.schedule().optionName());
        request.put("failFast", failFast);
        request.put("noCache", noCache);
        ServerConnection.Answer answer = server.post("executions", request);
        if (!answer.ok()) {
            return refused(answer);
        }
        String mode = options.mode() == Mode.PARALLEL ? "parallel, at most " + options.maxWorkers() + " stages at once" : "sequential";
        return follow(answer.body(), started, id -> String.format(Locale.ROOT, "baton: running %s as job %s, execution %d on %s (%s)",
                answer.body().path("pipeline").asText(), answer.body().path("jobName").asText(), id, server.api(), mode), saveArtifacts);
    }

    /**
     * Restarts an execution on the server ({@code baton restart --server}) and follows it to its end.
     *
     * @param memory restart memory as texts, over the original run's entries of the same names
     * @return the exit code
     */
    int restart(long executionId, Map<String, String> memory) throws InterruptedException, IOException {
        long started = System.nanoTime();
        ServerConnection.Answer answer = server.post("executions/" + executionId + "/restart",
                Map.of("memory", dev.baton.runtime.MemoryTexts.values(memory)));
        if (!answer.ok()) {
            return refused(answer);
        }
        return follow(answer.body(), started, id -> String.format(Locale.ROOT, "baton: restarting %s execution %d as execution %d on %s",
                answer.body().path("pipeline").asText(), executionId, id, server.api()), null);
    }

    /**
     * Follows a started execution to its end: its events, then its summary or JSON.
     *
     * @param summary the execution summary the server answered the start with
     * @param header        the human mode's first line, for the execution's id
     * @param saveArtifacts as {@link #run}'s
     */
    private int follow(JsonNode summary, long started, java.util.function.LongFunction<String> header, String saveArtifacts)
            throws InterruptedException, IOException {
        long executionId = summary.path("executionId").asLong();
        JsonNode first = server.get("executions/" + executionId).body();
        int width = 8;
        for (JsonNode stage : first == null ? List.<JsonNode>of() : iterable(first.path("stages"))) {
            width = Math.max(width, stage.path("name").asText().length());
        }
        if (output == OutputFormat.human) {
            out.println(header.apply(executionId));
            out.flush();
        }
        boolean interrupted;
        try (Interrupts interrupts = new Interrupts(executionId, err, () -> stop(executionId))) {
            follow(executionId, width);
            interrupted = interrupts.interrupted();
        }
        JsonNode view = ended(executionId);
        if (output == OutputFormat.json) {
            out.println(Json.writePretty(view));
        } else {
            summary(view, (System.nanoTime() - started) / 1e9);
        }
        out.flush();
        if (saveArtifacts != null) {
            Path saved = save(view, Path.of(saveArtifacts.isEmpty()
                    ? "artifacts/" + view.path("pipeline").asText() + "-" + view.path("instanceId").asLong() : saveArtifacts));
            if (output == OutputFormat.human) {
                out.printf(Locale.ROOT, "baton: artifacts saved in %s (manifest.json)%n", saved.toAbsolutePath());
                out.flush();
            }
        }
        return interrupted ? Interrupts.EXIT_CODE : succeeded(view) ? ExitCodes.OK : ExitCodes.RUN_FAILED;
    }

    /** Downloads every artifact of the run's stages into {@code target}, each checked against what the server lists, then the manifest. */
    private Path save(JsonNode view, Path target) throws IOException {
        ReceivedArtifacts received = new ReceivedArtifacts(target);
        long executionId = view.path("executionId").asLong();
        for (JsonNode stage : iterable(view.path("stages"))) {
            String name = stage.path("name").asText();
            ServerConnection.Answer output = server.get(dev.baton.rest.Runs.stagePath(executionId, name));
            if (!output.ok()) {
                throw new IOException("the server could not list the artifacts of stage '" + name + "': " + output.message());
            }
            for (JsonNode artifact : iterable(output.body().path("artifacts"))) {
                ArtifactRecord listed = new ArtifactRecord(artifact.path("path").asText(), artifact.path("bytes").asLong(),
                        artifact.path("sha256").asText());
                int status = server.download(artifact.path("href").asText(), content -> received.save(name, listed, content));
                if (status != 200) {
                    throw new IOException("the server did not send artifact " + listed.path() + " of stage '" + name + "' (HTTP " + status + ")");
                }
            }
        }
        return received.finish();
    }

    /** Prints the run's events as they come (in human mode) until the server says the run has ended. */
    private void follow(long executionId, int width) {
        Progress progress = output == OutputFormat.human ? new Progress(out, executionId, width) : null;
        try {
            server.events("executions/" + executionId + "/events", event -> {
                if (!event.name().equals("message")) {
                    return !event.name().equals("end");
                }
                if (progress != null) {
                    progress.accept(Json.read(event.data(), RunEvent.class));
                }
                return true;
            });
        } catch (UncheckedIOException lost) {
            err.println("baton: the server's event stream broke off (" + Errors.oneLine(lost) + "); asking how the run ended");
            err.flush();
        }
    }

    /** The execution once the server's record says it has ended (its events end a moment before). */
    private JsonNode ended(long executionId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + END_WAIT_MS;
        while (true) {
            ServerConnection.Answer answer = server.get("executions/" + executionId);
            if (!answer.ok()) {
                throw new UsageException("baton: the server could not show execution " + executionId + ": " + answer.message());
            }
            if (!UNDER_WAY.contains(answer.body().path("status").asText()) || System.currentTimeMillis() > deadline) {
                return answer.body();
            }
            Thread.sleep(20);
        }
    }

    private void stop(long executionId) {
        try {
            server.post("executions/" + executionId + "/stop", Map.of());
        } catch (RuntimeException e) {
            err.println("baton: could not stop execution " + executionId + " on the server: " + Errors.oneLine(e));
            err.flush();
        }
    }

    /** A start the server refused: its problems as {@code baton run} prints them, and the exit code. */
    private int refused(ServerConnection.Answer answer) {
        JsonNode body = answer.body();
        List<Problem> problems = new ArrayList<>();
        for (JsonNode p : body == null ? List.<JsonNode>of() : iterable(body.path("problems"))) {
            problems.add(new Problem(p.path("source").asText(), new Position(p.path("line").asInt(), p.path("column").asInt()),
                    p.path("code").asText(), p.path("message").asText()));
        }
        if (answer.status() / 100 == 5 || answer.status() == 409) {
            err.println("baton: " + (answer.status() == 409 ? "" : "the server failed to start the run: ") + answer.message());
            err.flush();
            return ExitCodes.RUN_FAILED; // as a local run's restart that the run's state does not allow
        }
        if (output == OutputFormat.json && !problems.isEmpty()) {
            out.println(Json.writePretty(ProblemJson.invalid(problems)));
            out.flush();
        } else if (problems.isEmpty()) {
            err.println("baton: " + answer.message());
        } else {
            problems.forEach(p -> err.println(ValidateCommand.line(p)));
        }
        err.flush();
        return ExitCodes.INVALID;
    }

    private void summary(JsonNode view, double seconds) {
        List<String> statuses = new ArrayList<>();
        iterable(view.path("stages")).forEach(s -> statuses.add(s.path("status").asText()));
        long executionId = view.path("executionId").asLong();
        out.printf(Locale.ROOT, "baton: execution %d %s in %.1f s: %s%n", executionId, view.path("status").asText(), seconds,
                Follow.tally(statuses));
        out.printf(Locale.ROOT, "baton: run folder %s (on the server)%n", view.path("runFolder").asText());
        iterable(view.path("results")).forEach(path -> out.printf(Locale.ROOT, "baton: wrote %s (on the server)%n",
                java.nio.file.Path.of(view.path("runFolder").asText(), path.asText())));
        if (!succeeded(view)) {
            if (!view.path("error").isNull() && !view.path("error").asText().isEmpty()) {
                out.printf(Locale.ROOT, "baton: %s%n", view.path("error").asText());
            }
            iterable(view.path("stages")).stream()
                    .filter(s -> !s.path("error").isNull() && !s.path("error").asText().isEmpty() && !"PASSED".equals(s.path("status").asText()))
                    .forEach(s -> out.printf(Locale.ROOT, "baton: %s: %s%n", s.path("name").asText(), s.path("error").asText()));
            if (!"COMPLETED".equals(view.path("status").asText())) {
                out.printf(Locale.ROOT, "baton: restart it with: baton restart %d --server %s%n", executionId, server.url());
            }
        }
    }

    private static boolean succeeded(JsonNode view) {
        return "COMPLETED".equals(view.path("status").asText())
                && iterable(view.path("stages")).stream().allMatch(s -> "PASSED".equals(s.path("status").asText()));
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
