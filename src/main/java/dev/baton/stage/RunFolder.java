package dev.baton.stage;

import dev.baton.record.ArtifactRecord;
import dev.baton.agent.Artifact;
import dev.baton.message.Msg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A run's folder: where its artifacts live. Every path is resolved inside it; a path that would
 * leave it is refused, by its name ({@code ../x}, {@code /etc/x}) or through a symbolic link in the
 * folder (a command can make {@code leak.txt -> /etc/passwd}): what is read or written is checked
 * by its real path. Artifacts are written whole or not at all (temporary file, then move).
 */
public final class RunFolder {

    private final Path root;

    public RunFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /**
     * The absolute path of an artifact.
     *
     * @throws IllegalArgumentException if the path is absolute or leaves the folder
     */
    public Path resolve(String relative) {
        Path path = root.resolve(relative).normalize();
        if (Path.of(relative).isAbsolute() || !path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException(Msg.PATH_ESCAPES.format("artifact", relative));
        }
        return path;
    }

    /**
     * The real path of an existing file of the folder, which must be inside the folder: a link
     * that leads out of it is refused.
     *
     * @throws IllegalArgumentException if the path leaves the folder, by its name or through a link
     * @throws IOException              if there is no such file
     */
    public Path existing(String relative) throws IOException {
        Path real = resolve(relative).toRealPath();
        if (!real.startsWith(realRoot())) {
            throw new IllegalArgumentException(Msg.PATH_ESCAPES_BY_LINK.format(relative));
        }
        return real;
    }

    /** Writes an artifact atomically and says what was written; a link in its path must not lead out of the folder. */
    public ArtifactRecord write(Artifact artifact) throws IOException {
        return write(artifact.path(), new java.io.ByteArrayInputStream(artifact.bytes()));
    }

    /**
     * Writes a file of the folder atomically from a stream (a temporary file, then a move) and says
     * what was written; a link in its path must not lead out of the folder.
     */
    public ArtifactRecord write(String relative, InputStream content) throws IOException {
        Path target = resolve(relative);
        Files.createDirectories(target.getParent());
        if (!target.getParent().toRealPath().startsWith(realRoot())) {
            throw new IllegalArgumentException(Msg.PATH_ESCAPES_BY_LINK.format(relative));
        }
        Path temp = Files.createTempFile(target.getParent(), ".baton-", ".part");
        MessageDigest digest = digest();
        try {
            long bytes;
            try (InputStream in = new DigestInputStream(content, digest)) {
                bytes = Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new ArtifactRecord(relative, bytes, HexFormat.of().formatHex(digest.digest()));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** What an existing artifact is: its size and hash (of the file itself, never of what a link leads to outside). */
    public ArtifactRecord describe(String relative) throws IOException {
        Path path = existing(relative);
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return new ArtifactRecord(relative, Files.size(path), HexFormat.of().formatHex(digest.digest()));
    }

    private Path realRoot() throws IOException {
        Files.createDirectories(root);
        return root.toRealPath();
    }

    /** The SHA-256 of these bytes, in lower-case hex, as artifact records give it. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
