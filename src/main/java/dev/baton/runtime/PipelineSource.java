package dev.baton.runtime;

import java.nio.file.Path;

/** Where a pipeline to run comes from: a YAML file, or YAML text given by a client. */
public sealed interface PipelineSource {

    /**
     * A pipeline file; its name defaults to the file's name without extension.
     *
     * @param path the file, as the user gave it (problems name it so)
     */
    record File(Path path) implements PipelineSource {
    }

    /**
     * Pipeline text.
     *
     * @param yaml        the YAML text
     * @param source      what problems call it (e.g. {@code upload.yaml})
     * @param defaultName the pipeline's name when the text does not name it
     */
    record Text(String yaml, String source, String defaultName) implements PipelineSource {
    }
}
