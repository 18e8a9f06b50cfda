package dev.baton.stage;

import dev.baton.message.Msg;
import dev.baton.record.ArtifactRecord;
import dev.baton.record.StageResult;

import java.io.IOException;

/** What a stage's upstream says before it runs: whether it must be skipped, and whether its inputs are still those written for it. */
final class UpstreamCheck {

    private UpstreamCheck() {
    }

    /**
     * The dependency whose rejection skips this one ({@code on_reject: skip_downstream}, or itself
     * skipped), or null. Direct dependencies are enough: a skip passes down stage by stage.
     */
    static String blockedBy(StageWork work) {
        for (String dependency : work.upstream().direct()) {
            StageResult upstream = work.upstream().result(dependency);
            if (upstream != null && upstream.skipDownstream()) {
                return dependency;
            }
        }
        return null;
    }

    /**
     * Why the artifacts this stage reads are not those its upstream stages wrote, or null when
     * they are: after a restart they come from an earlier execution, and may have been changed or
     * removed since. The stage that writes an input is always a direct dependency of those that read it.
     */
    static String changedInput(StageWork work, RunFolder folder) {
        for (String dependency : work.upstream().direct()) {
            StageResult upstream = work.upstream().result(dependency);
            if (upstream == null) {
                continue;
            }
            for (ArtifactRecord artifact : upstream.artifacts()) {
                if (!work.spec().inputs().contains(artifact.path())) {
                    continue;
                }
                String name = work.spec().name();
                try {
                    if (!folder.describe(artifact.path()).sha256().equals(artifact.sha256())) {
                        return Msg.ARTIFACT_CHANGED.format(name, artifact.path(), dependency, "has changed");
                    }
                } catch (IOException | IllegalArgumentException gone) {
                    return Msg.ARTIFACT_CHANGED.format(name, artifact.path(), dependency, "is gone");
                }
            }
        }
        return null;
    }
}
