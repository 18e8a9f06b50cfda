package dev.baton.pipeline;

import java.util.List;

/** What loading a pipeline file gives: either a valid pipeline or every problem found in it, never both. */
public sealed interface LoadResult {

    /** The file is valid. */
    record Loaded(Pipeline pipeline) implements LoadResult { }

    /** The file is not valid; problems are in file order. */
    record Invalid(List<Problem> problems) implements LoadResult {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }
}
