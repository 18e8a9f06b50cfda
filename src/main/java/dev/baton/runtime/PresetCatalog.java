package dev.baton.runtime;

import dev.baton.pipeline.Catalog;
import dev.baton.pipeline.Preset;
import dev.baton.pipeline.PresetLoader;
import dev.baton.pipeline.PresetResult;
import dev.baton.pipeline.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where {@code --preset NAME|FILE} looks: a file of that path (a single preset, or a presets file
 * holding one preset), else a preset of that name in {@code BATON_HOME/presets/*.yaml}, else among
 * the bundled presets (the seed framework's {@code mvp-fast}, {@code production}, {@code research},
 * and the gallery's {@code idea-to-zip} and {@code marketing}).
 */
public final class PresetCatalog {

    private final Catalog names;
    private final Path home;

    public PresetCatalog(Catalog names, Path home) {
        this.names = names;
        this.home = home;
    }

    /**
     * The preset a {@code --preset} argument names.
     *
     * @throws PresetException listing the problems of the file, or the presets there are
     */
    public Preset find(String nameOrFile) {
        Path file = Path.of(nameOrFile);
        if (Files.isRegularFile(file)) {
            Map<String, Preset> presets = loaded(new PresetLoader(names).load(file));
            if (presets.size() != 1) {
                throw new PresetException(List.of(file + " holds " + presets.size() + " presets (" + String.join(", ", presets.keySet())
                        + "); name one of them, with the file in BATON_HOME/presets/"));
            }
            return presets.values().iterator().next();
        }
        List<String> broken = new ArrayList<>();
        Map<String, Preset> all = all(broken);
        Preset preset = all.get(nameOrFile);
        if (preset == null) {
            List<String> lines = new ArrayList<>(List.of("no preset named '" + nameOrFile + "'"
                    + dev.baton.pipeline.Suggestions.didYouMean(nameOrFile, all.keySet()) + "; presets: " + String.join(", ", all.keySet())));
            lines.addAll(broken);
            throw new PresetException(lines);
        }
        return preset;
    }

    /**
     * Every named preset: those in BATON_HOME/presets first, then the bundled ones. A file with
     * problems is left out, its problems added to {@code broken}.
     */
    public Map<String, Preset> all(List<String> broken) {
        Map<String, Preset> all = new LinkedHashMap<>();
        Path folder = home.resolve("presets");
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.yaml")) {
                for (Path f : files) {
                    collect(new PresetLoader(names).load(f), all, broken);
                }
            } catch (IOException e) {
                throw new PresetException(List.of("cannot read " + folder + ": " + e.getMessage()));
            }
        }
        for (String resource : bundled()) {
            try (InputStream in = PresetCatalog.class.getResourceAsStream("/presets/" + resource)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                collect(new PresetLoader(names).load(text, "presets/" + resource), all, broken);
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException("bundled preset file presets/" + resource + " is missing", e);
            }
        }
        return all;
    }

    private static List<String> bundled() {
        try (InputStream in = PresetCatalog.class.getResourceAsStream("/presets/presets.list")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException | NullPointerException e) {
            return List.of();
        }
    }

    private static void collect(PresetResult result, Map<String, Preset> all, List<String> broken) {
        if (result instanceof PresetResult.Invalid invalid) {
            invalid.problems().stream().map(Problem::toString).forEach(broken::add);
        } else {
            ((PresetResult.Loaded) result).presets().forEach(all::putIfAbsent);
        }
    }

    private static Map<String, Preset> loaded(PresetResult result) {
        if (result instanceof PresetResult.Invalid invalid) {
            List<String> lines = new ArrayList<>();
            invalid.problems().stream().map(Problem::toString).forEach(lines::add);
            throw new PresetException(lines);
        }
        return ((PresetResult.Loaded) result).presets();
    }

    /** A preset that cannot be had; its lines are for the user. */
    public static final class PresetException extends RuntimeException {
        private final List<String> lines;

        PresetException(List<String> lines) {
            super(String.join("\n", lines), null, false, false);
            this.lines = List.copyOf(lines);
        }

        public List<String> lines() {
            return lines;
        }
    }
}
