package dev.baton.stage.memo;

import dev.baton.advisor.Advisor;
import dev.baton.advisor.Review;
import dev.baton.agent.Agent;
import dev.baton.agent.AgentOutput;
import dev.baton.agent.AgentRequest;
import dev.baton.agent.Artifact;
import dev.baton.record.ArtifactRecord;
import dev.baton.record.StageResult;
import dev.baton.record.StageStatus;
import dev.baton.stage.AgentDirectory;
import dev.baton.stage.RunFolder;
import dev.baton.stage.RunIdentity;
import dev.baton.stage.StageEvents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Memoization of one stage, as a decorator of its agent directory. Before its agent is called, the
 * call's {@link MemoKey} is looked up: when a stage that passed kept a result under it, that output
 * is returned instead (with {@code details.memo} saying where it came from, and a
 * {@code stage.reused} event), and the advisors review it again, or, with {@code review: reuse},
 * answer with their earlier reviews. When the stage passes with a freshly produced output,
 * {@link #finished} keeps it (with {@code --no-cache} too, which only skips the lookup), with the
 * files of its declared {@code output:} as they are in the run folder then, so that a reused
 * result brings back a file a command wrote itself, not its standard output in that file's place.
 * Files written anywhere else are not kept. A stage that is not memoized goes through untouched.
 */
public final class StageMemo {

    private final MemoSettings settings;
    private final String stage;
    private final RunIdentity run;
    private final MemoStore store;
    private final StageEvents events;
    /** The last agent call: its key, and its fresh output or the memo it reused. */
    private volatile String lastKey;
    private volatile AgentOutput lastOutput;
    private volatile java.nio.file.Path runFolder;
    private volatile Memo reused;
    private final Map<String, Review> reviews = new ConcurrentHashMap<>();

    /**
     * @param events where {@code stage.reused} goes
     */
    public StageMemo(MemoSettings settings, String stage, RunIdentity run, MemoStore store, StageEvents events) {
        this.settings = settings;
        this.stage = stage;
        this.run = run;
        this.store = store;
        this.events = events;
    }

    /** The directory through which the stage reuses kept results. */
    public AgentDirectory directory(AgentDirectory next) {
        if (!settings.covers(stage)) {
            return next;
        }
        return new AgentDirectory() {
            @Override
            public Agent agent(String name) {
                Agent agent = next.agent(name);
                return agent.producingWith(request -> produceOrReuse(name, agent, request));
            }

            @Override
            public Advisor advisor(String name) {
                Advisor advisor = next.advisor(name);
                return request -> {
                    Memo memo = reused;
                    if (memo != null && !settings.reviewAgain() && memo.reviews().containsKey(name)) {
                        return memo.reviews().get(name);
                    }
                    Review review = advisor.review(request);
                    reviews.put(name, review);
                    return review;
                };
            }
        };
    }

    private AgentOutput produceOrReuse(String name, Agent agent, AgentRequest request) throws Exception {
        String key = MemoKey.of(name, agent.version(), request);
        reviews.clear();
        lastKey = key;
        Memo memo = key == null || !settings.reuse() ? null : store.find(key).orElse(null);
        if (memo != null) {
            reused = memo;
            lastOutput = null;
            events.record("stage.reused", request.attempt(), memo.origin());
            Map<String, Object> details = new LinkedHashMap<>(memo.details());
            details.put("memo", memo.origin());
            return new AgentOutput(memo.content(), memo.artifacts(), details);
        }
        reused = null;
        runFolder = request.runFolder();
        AgentOutput output = agent.produce(request);
        lastOutput = output;
        return output;
    }

    /** Keeps the stage's output when it passed with an output its agent produced in this run. */
    public void finished(StageResult result) {
        AgentOutput output = lastOutput;
        String key = lastKey;
        if (result.status() != StageStatus.PASSED || output == null || key == null || reused != null) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>(output.details());
        details.remove("usage");
        try {
            store.save(key, new Memo(output.content(), withDeclaredFiles(output, result), details, Map.copyOf(reviews), stage, run.jobName(),
                    run.instanceId(), run.executionId()));
        } catch (RuntimeException | java.io.IOException e) {
            // the stage passed all the same; only a later run's reuse is lost
            java.util.logging.Logger.getLogger(StageMemo.class.getName())
                    .warning("stage '" + stage + "': cannot keep its result for reuse: " + e.getMessage());
        }
    }

    /**
     * The agent's artifacts, and the stage's other recorded files (its declared outputs) read from
     * the run folder, by their real paths: a file that a link leads out of the folder is refused.
     */
    private List<Artifact> withDeclaredFiles(AgentOutput output, StageResult result) throws java.io.IOException {
        List<Artifact> artifacts = new java.util.ArrayList<>(output.artifacts());
        java.util.Set<String> covered = new java.util.HashSet<>();
        output.artifacts().forEach(a -> covered.add(a.path()));
        RunFolder folder = runFolder == null ? null : new RunFolder(runFolder);
        for (ArtifactRecord file : result.artifacts()) {
            if (folder != null && covered.add(file.path())) {
                artifacts.add(new Artifact(file.path(), java.nio.file.Files.readAllBytes(folder.existing(file.path()))));
            }
        }
        return artifacts;
    }
}
