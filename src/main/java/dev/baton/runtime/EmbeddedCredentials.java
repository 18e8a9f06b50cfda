package dev.baton.runtime;

import org.h2.jdbcx.JdbcDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

/**
 * The password of the embedded H2 repository: random, made with the database, kept in
 * {@code BATON_HOME/repository/password} readable by its user alone. Whoever reaches the
 * database's port (H2's automatic mixed mode opens one, on loopback, for the user's other
 * processes) still needs it. A repository made before Baton kept a password (user {@code SA}, no
 * password) is given one the first time it is opened.
 */
final class EmbeddedCredentials {

    /** The embedded database's user. */
    static final String USER = "SA";
    static final String FILE = "password";

    private EmbeddedCredentials() {
    }

    /** The password of the repository at {@code url} in {@code folder}, made (and set on an old database) when there is none yet. */
    static synchronized String password(Path folder, String url) {
        Path file = folder.resolve(FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            PrivateHome.directory(folder);
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            boolean existing = Files.exists(folder.resolve("baton.mv.db"));
            if (existing) {
                setOnOldDatabase(url, password);
            }
            Path temp = Files.createTempFile(folder, ".password-", ".part");
            PrivateHome.ownerOnly(temp);
            Files.writeString(temp, password, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            try {
                Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                Files.deleteIfExists(temp);
                return Files.readString(file, StandardCharsets.UTF_8).strip(); // another process made it first
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the repository's password in " + file + ": " + e.getMessage(), e);
        }
    }

    private static void setOnOldDatabase(String url, String password) {
        JdbcDataSource old = new JdbcDataSource();
        old.setURL(url);
        old.setUser(USER);
        old.setPassword("");
        try (Connection c = old.getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER USER " + USER + " SET PASSWORD '" + password + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("the repository in " + url.replaceFirst(";.*", "")
                    + " has a password Baton does not know (no " + FILE + " file beside it): " + e.getMessage(), e);
        }
    }
}
