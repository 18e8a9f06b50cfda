package dev.baton.agent;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an agent gets for one attempt of a stage.
 *
 * @param stage       the stage's name
 * @param task        the rendered task, or the empty text when the stage has none
 * @param memory      the stage's memory: the initial memory and the outputs of the stages it
 *                    depends on ({@code NAME.content}, {@code NAME.artifacts}, {@code NAME.review}),
 *                    and on a retry {@code STAGE.last_output} and {@code STAGE.last_review}; each
 *                    value read is a private copy the agent may use freely
 * @param with        the stage's agent parameters
 * @param attempt     the attempt number, from 1
 * @param runFolder   the run's folder, where artifacts live
 * @param inputs      artifact paths the stage reads, relative to the run folder
 * @param outputs     artifact paths the stage writes, relative to the run folder
 * @param environment variables to give a process the agent starts, beside the runner's own
 *                    (stage, attempt, run folder, execution)
 * @param withheld    variables of the runner's environment that a process the agent starts must
 *                    not inherit: the secrets the run's stages name ({@code with.api_key_env}),
 *                    beside Baton's own
 */
public record AgentRequest(String stage,
                           String task,
                           Map<String, Object> memory,
                           Map<String, Object> with,
                           int attempt,
                           Path runFolder,
                           List<String> inputs,
                           List<String> outputs,
                           Map<String, String> environment,
                           Set<String> withheld) {

    public AgentRequest {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        environment = Map.copyOf(environment);
        withheld = withheld == null ? Set.of() : Set.copyOf(withheld);
    }

    /** A request whose processes withhold only Baton's own secrets. */
    public AgentRequest(String stage, String task, Map<String, Object> memory, Map<String, Object> with, int attempt,
                        Path runFolder, List<String> inputs, List<String> outputs, Map<String, String> environment) {
        this(stage, task, memory, with, attempt, runFolder, inputs, outputs, environment, Set.of());
    }
}
