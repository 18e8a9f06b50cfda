package dev.baton.bench;

/**
 * One benchmark's result, as it goes into docs/BENCHMARKS.md.
 *
 * @param title    the heading
 * @param markdown the text and table under it
 * @param met      whether its target is met (null when it has none)
 */
record Section(String title, String markdown, Boolean met) {
}
