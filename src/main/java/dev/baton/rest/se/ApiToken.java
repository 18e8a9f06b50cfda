package dev.baton.rest.se;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
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

    /** The shortest token accepted: a token found in its file is refused when shorter (it could be guessed). */
    static final int MIN_LENGTH = 32;

    /** A token file that cannot be trusted; the message says why and what to do. */
    public static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * The token kept in {@code file}, made (and stored with mode 0600) when there is none yet.
     *
     * @throws Refused if the file found can be read by other users, or holds a token too short to be secret
     */
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
        return load(file).orElseThrow(() -> new java.nio.file.NoSuchFileException(file.toString()));
    }

    /**
     * The token kept in {@code file}, or empty when there is no such file (as a client of the
     * server finds it).
     *
     * @throws Refused if the file can be read by other users, or holds a token too short to be secret
     */
    public static java.util.Optional<String> load(Path file) throws IOException {
        if (!Files.exists(file)) {
            return java.util.Optional.empty();
        }
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view != null) {
            Set<PosixFilePermission> mode = view.readAttributes().permissions();
            if (mode.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
                throw new Refused(file.getFileName() + " can be read by other users (mode " + PosixFilePermissions.toString(mode)
                        + "); make it private (chmod 600) or delete it to get a new token");
            }
        }
        String token = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (token.length() < MIN_LENGTH) {
            throw new Refused(file.getFileName() + " holds a token of " + token.length() + " characters, too short to be secret (at least "
                    + MIN_LENGTH + "); delete it to get a new token");
        }
        return java.util.Optional.of(token);
    }
}
