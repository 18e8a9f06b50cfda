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
 * The token {@code baton serve} requires ({@code Authorization: Bearer TOKEN}): 32 random bytes,
 * kept in {@code BATON_HOME/api-token}, readable by its owner only (0600). It is made on first
 * use and kept across restarts of the server; delete the file to get a new one.
 */
public final class ApiToken {

    /** The token file's name in BATON_HOME. */
    public static final String FILE = "api-token";

    private ApiToken() {
    }

    /** The token file of a home folder. */
    public static Path file(Path home) {
        return home.resolve(FILE);
    }

    /** The home's token, made (and stored with mode 0600) when there is none yet. */
    public static String loadOrCreate(Path home) throws IOException {
        Path file = file(home);
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
