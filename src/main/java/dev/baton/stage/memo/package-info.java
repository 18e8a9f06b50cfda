/**
 * Memoized stages: a stage that {@code policy.memoize} names reuses the output of an identical
 * earlier stage that passed, identical meaning the same agent and version, the same rendered task,
 * the same {@code with:} settings and the same input files (by SHA-256), instead of calling its
 * agent again. Results are kept by a {@link dev.baton.stage.memo.MemoStore}, in the job repository
 * when the runtime installs one, so every process sharing the repository shares them.
 */
package dev.baton.stage.memo;
