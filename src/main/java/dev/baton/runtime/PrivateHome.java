package dev.baton.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;

/**
 * Keeps {@code BATON_HOME} private to its user: its job repository, run folders, tokens and logs
 * hold everything runs know. A new home is made {@code 0700}; an existing one of this user with
 * looser modes is tightened, and one that belongs to another user is refused (nothing in it is
 * touched). On a file system without POSIX modes there is nothing to check.
 */
public final class PrivateHome {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateHome() {
    }

    /** A home that cannot be made private: its message says why and what to do. */
    public static final class NotPrivate extends RuntimeException {
        NotPrivate(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Creates the home (and its parents) if needed, and makes it private.
     *
     * @throws NotPrivate if it belongs to another user
     */
    public static Path prepare(Path home) {
        try {
            Files.createDirectories(home);
            PosixFileAttributeView view = Files.getFileAttributeView(home, PosixFileAttributeView.class);
            if (view == null) {
                return home;
            }
            UserPrincipal owner = view.getOwner();
            String me = System.getProperty("user.name");
            if (!owner.getName().equals(me)) {
                throw new NotPrivate("BATON_HOME " + home + " belongs to " + owner.getName() + ", not to " + me
                        + "; use a home of your own (BATON_HOME=...)");
            }
            if (!view.readAttributes().permissions().equals(OWNER_ONLY)) {
                view.setPermissions(OWNER_ONLY);
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare BATON_HOME " + home + ": " + e.getMessage(), e);
        }
    }

    /** Makes a folder inside the home private too (a second line of defence, should the home be opened up). */
    public static Path directory(Path dir) throws IOException {
        Files.createDirectories(dir);
        PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
        if (view != null && !view.readAttributes().permissions().equals(OWNER_ONLY)) {
            view.setPermissions(OWNER_ONLY);
        }
        return dir;
    }

    /** Makes a file readable and writable by its owner only. */
    public static void ownerOnly(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(OWNER_FILE);
        }
    }
}
