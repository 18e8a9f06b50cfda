/**
 * A run as OpenTelemetry sees it: one trace per job execution ({@link dev.baton.stage.trace.RunTrace}),
 * under it a span per stage, per attempt, per agent call and per advisor call
 * ({@link dev.baton.stage.trace.StageTrace}), made by decorating what the stage executor already
 * uses (its events and its agent directory), and Baton's metrics from the same events.
 */
package dev.baton.stage.trace;
