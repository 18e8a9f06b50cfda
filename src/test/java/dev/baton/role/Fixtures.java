package dev.baton.role;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies fixture folders from {@code src/test/resources/roles} into a run folder. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Copies {@code roles/NAME/FILE} to {@code runFolder/target} for each file. */
    public static void copy(String name, Path runFolder, String targetFolder, String... files) {
        for (String file : files) {
            try (InputStream in = Fixtures.class.getResourceAsStream("/roles/" + name + "/" + file)) {
                if (in == null) {
                    throw new IllegalArgumentException("no fixture roles/" + name + "/" + file);
                }
                Path target = runFolder.resolve(targetFolder).resolve(file);
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
