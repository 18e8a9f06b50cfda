package dev.baton.pipeline;

import java.util.List;
import java.util.Map;

/** What loading a presets file gives: its presets by name, or every problem in it. */
public sealed interface PresetResult {

    /** The file is valid; presets in file order. */
    record Loaded(Map<String, Preset> presets) implements PresetResult {
        public Loaded {
            presets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(presets));
        }
    }

    /** The file is not valid. */
    record Invalid(List<Problem> problems) implements PresetResult {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }
}
