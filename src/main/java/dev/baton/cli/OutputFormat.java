package dev.baton.cli;

/** How a command prints its result. */
enum OutputFormat {
    /** Lines for people. */
    human,
    /** One JSON object on standard output, for scripts. */
    json
}
