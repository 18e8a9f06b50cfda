package dev.baton.stage;

import java.util.Map;

/**
 * Where a running stage tells what happens to it: {@code stage.started}, {@code review},
 * {@code retry}, {@code attempt.failed}, and its end ({@code stage.passed}, {@code stage.failed}…).
 * The batch runtime writes them to the run's {@code events.jsonl}; a remote worker sends them back.
 */
@FunctionalInterface
public interface StageEvents {

    /**
     * Records one event of the stage.
     *
     * @param type    the event's type
     * @param attempt the attempt it is about, 0 when none
     * @param data    what else there is to say; plain values
     */
    void record(String type, int attempt, Map<String, Object> data);
}
