package dev.baton.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where headless Chromium is, and the command line that takes a screenshot with it. */
public final class Chromium {

    /** The places looked at, in order: {@code /usr/bin/chromium}, then these names on PATH. */
    static final List<String> NAMES = List.of("chromium", "chromium-browser");

    private Chromium() {
    }

    /** The Chromium binary: {@code explicit} when given, else {@code /usr/bin/chromium}, else one on PATH. */
    public static Optional<Path> find(String explicit) {
        if (explicit != null && !explicit.isBlank()) {
            Path p = Path.of(explicit);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        Path standard = Path.of("/usr/bin/chromium");
        if (Files.isExecutable(standard)) {
            return Optional.of(standard);
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                for (String name : NAMES) {
                    Path candidate = Path.of(dir, name);
                    if (Files.isExecutable(candidate)) {
                        return Optional.of(candidate);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The argv that writes a screenshot of {@code page} at that size to {@code png}, with a fresh profile folder. */
    public static List<String> screenshotCommand(Path chromium, Path profile, Path png, Dimensions size, Path page) {
        List<String> argv = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--hide-scrollbars"));
        argv.add("--user-data-dir=" + profile);
        argv.add("--screenshot=" + png);
        argv.add("--window-size=" + size.width() + "," + size.height());
        argv.add(page.toUri().toString());
        return argv;
    }
}
