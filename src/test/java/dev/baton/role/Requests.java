package dev.baton.role;

import dev.baton.agent.AgentRequest;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds agent requests for role tests: no JBeret, a temporary run folder. */
public final class Requests {

    private final String stage;
    private String task = "";
    private final Map<String, Object> memory = new LinkedHashMap<>();
    private final Map<String, Object> with = new LinkedHashMap<>();
    private int attempt = 1;
    private Path runFolder = Path.of(".");
    private List<String> inputs = List.of();
    private List<String> outputs = List.of();

    private Requests(String stage) {
        this.stage = stage;
    }

    public static Requests stage(String name) {
        return new Requests(name);
    }

    public Requests task(String text) {
        this.task = text;
        return this;
    }

    public Requests memory(String key, Object value) {
        memory.put(key, value);
        return this;
    }

    public Requests with(String key, Object value) {
        with.put(key, value);
        return this;
    }

    public Requests attempt(int n) {
        this.attempt = n;
        return this;
    }

    public Requests runFolder(Path folder) {
        this.runFolder = folder;
        return this;
    }

    public Requests inputs(String... paths) {
        this.inputs = List.of(paths);
        return this;
    }

    public Requests outputs(String... paths) {
        this.outputs = List.of(paths);
        return this;
    }

    public AgentRequest build() {
        return new AgentRequest(stage, task, new LinkedHashMap<>(memory), new LinkedHashMap<>(with), attempt, runFolder,
                inputs, outputs, Map.of());
    }
}
