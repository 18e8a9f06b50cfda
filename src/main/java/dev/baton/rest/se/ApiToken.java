package dev.baton.rest.se;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The tokens {@code baton serve} accepts ({@code Authorization: Bearer TOKEN}), each 32 random
 * bytes in a file of {@code BATON_HOME} readable by its owner only (0600): {@code api-token} may do
 * everything, {@code api-token-viewer} may only read. Each is made on first use and kept across
 * restarts of the server; delete its file to get a new one.
 */
public final class ApiToken {

    /** The file of the token that may do everything, in BATON_HOME. */
    public static final String FILE = "api-token";
    /** The file of the read-only token, in BATON_HOME. */
    public static final String VIEWER_FILE = "api-token-viewer";

    private ApiToken() {
    }

    /** The token file of a home folder. */
    public static Path file(Path home) {
        return home.resolve(FILE);
    }

    /** The read-only token file of a home folder. */
    public static Path viewerFile(Path home) {
        return home.resolve(VIEWER_FILE);
    }

    /** The token kept in {@code file}, made (and stored with mode 0600) when there is none yet. */
    public static String loadOrCreate(Path file) throws IOException {
        Path home = file.toAbsolutePath().getParent();
        if (!Files.exists(file)) {
            Files.createDirectories(home);
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
            } catch (FileAlreadyExistsException raced) {
                // another server made it first: use that one
            }
        }
        String token = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (token.isEmpty()) {
            throw new IOException(file + " is empty; delete it to get a new token");
        }
        return token;
    }
}
