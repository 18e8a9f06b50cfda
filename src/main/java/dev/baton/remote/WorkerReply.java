package dev.baton.remote;

import dev.baton.record.StageResult;

import java.util.Map;

/**
 * What a worker tells the coordinator about a stage it took, on the coordinator's reply queue.
 *
 * @param type    what it is
 * @param token   the attempt token of the dispatch
 * @param worker  the worker, {@code HOST:PID}
 * @param event   for {@link Type#EVENT}: the stage event's type
 * @param attempt for {@link Type#EVENT}: its attempt
 * @param data    for {@link Type#EVENT}: its data
 * @param result  for {@link Type#RESULT}: the stage's result
 * @param files   for {@link Type#RESULT}: the bytes of the files the result lists, by relative path
 */
record WorkerReply(Type type, String token, String worker, String event, int attempt, Map<String, Object> data,
                   StageResult result, Map<String, byte[]> files) {

    /** The kinds of reply. */
    enum Type {
        /** The worker took the stage; its lease begins. */
        STARTED,
        /** The worker still runs the stage; its lease is renewed. */
        HEARTBEAT,
        /** An event of the stage (started, review, retry…), to be recorded in the run's events. */
        EVENT,
        /** The stage's result; the stage has ended on the worker. */
        RESULT
    }

    static WorkerReply of(Type type, String token, String worker) {
        return new WorkerReply(type, token, worker, null, 0, null, null, null);
    }
}
