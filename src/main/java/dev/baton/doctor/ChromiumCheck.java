package dev.baton.doctor;

import dev.baton.web.Chromium;

import java.nio.file.Path;
import java.util.Optional;

/** The Chromium binary that the screenshot role drives, where the role looks for it. */
final class ChromiumCheck {

    private ChromiumCheck() {
    }

    static Check run(boolean needed) {
        Optional<Path> chromium = Chromium.find(null);
        return chromium.map(p -> Check.ok("Chromium", p + " (for ScreenshotAgent)"))
                .orElseGet(() -> Check.missing("Chromium", needed, "not found at /usr/bin/chromium nor on PATH (ScreenshotAgent needs it)",
                        "install it: apt-get install chromium (Debian), or give the binary as with.chromium"));
    }
}
