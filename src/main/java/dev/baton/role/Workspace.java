package dev.baton.role;

import dev.baton.agent.Artifact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The files a role can see, by path relative to the run folder: the files an attempt produced
 * and has not yet written (an advisor reviews those before the stage passes), then the run
 * folder. Paths are normalised ({@code /} separators, no {@code .} or {@code ..}); a path that
 * would leave the run folder names no file.
 */
public final class Workspace {

    private final Path runFolder;
    private final Map<String, byte[]> pending = new LinkedHashMap<>();

    private Workspace(Path runFolder, List<Artifact> pending) {
        this.runFolder = runFolder.toAbsolutePath().normalize();
        for (Artifact artifact : pending) {
            String path = normalize(artifact.path());
            if (path != null) {
                this.pending.put(path, artifact.bytes());
            }
        }
    }

    /** The run folder alone. */
    public static Workspace of(Path runFolder) {
        return new Workspace(runFolder, List.of());
    }

    /** The attempt's artifacts over the run folder. */
    public static Workspace of(Path runFolder, List<Artifact> pending) {
        return new Workspace(runFolder, pending);
    }

    public Path runFolder() {
        return runFolder;
    }

    /** The bytes of a file, if there is one. */
    public Optional<byte[]> read(String path) {
        String p = normalize(path);
        if (p == null) {
            return Optional.empty();
        }
        if (pending.containsKey(p)) {
            return Optional.of(pending.get(p));
        }
        Path file = runFolder.resolve(p);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    /** The text of a file (UTF-8), if there is one. */
    public Optional<String> text(String path) {
        return read(path).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /** Whether a file is there. */
    public boolean exists(String path) {
        String p = normalize(path);
        return p != null && (pending.containsKey(p) || Files.isRegularFile(runFolder.resolve(p)));
    }

    /** The files directly in a folder ({@code ""} for the run folder), as paths, sorted. */
    public List<String> filesIn(String folder) {
        String prefix = folder.isEmpty() ? "" : normalize(folder) + "/";
        TreeSet<String> files = new TreeSet<>();
        pending.keySet().stream().filter(p -> p.startsWith(prefix) && p.indexOf('/', prefix.length()) < 0).forEach(files::add);
        Path dir = prefix.isEmpty() ? runFolder : runFolder.resolve(prefix);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> list = Files.list(dir)) {
                list.filter(Files::isRegularFile).forEach(f -> files.add(prefix + f.getFileName()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
        }
        return List.copyOf(files);
    }

    /**
     * A reference from a file to another, as a path relative to the run folder: {@code href}
     * resolved against the folder of {@code from}, without its query or fragment. Null when the
     * reference is not to a local file (a URL with a scheme, {@code //host}, a fragment alone,
     * empty) or leaves the run folder.
     */
    public static String resolveFrom(String from, String href) {
        if (href == null) {
            return null;
        }
        String h = href.strip();
        int cut = indexOfAny(h, "?#");
        if (cut >= 0) {
            h = h.substring(0, cut);
        }
        if (h.isEmpty() || h.startsWith("//") || h.startsWith("/") || h.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return null;
        }
        String from0 = normalize(from);
        int slash = from0 == null ? -1 : from0.lastIndexOf('/');
        return normalize(slash < 0 ? h : from0.substring(0, slash + 1) + h);
    }

    /** A relative path normalised, or null when it is absolute, empty or leaves its root. */
    public static String normalize(String path) {
        if (path == null || path.isBlank() || path.startsWith("/") || path.matches("^[a-zA-Z]:.*")) {
            return null;
        }
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String part : path.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
