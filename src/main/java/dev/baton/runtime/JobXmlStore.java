package dev.baton.runtime;

import dev.baton.pipeline.JobIds;
import dev.baton.record.BatonHome;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

/**
 * The job translations of pipelines given at run time, kept in {@code BATON_HOME/jobs/} under
 * their job id, the pipeline's name plus a hash of the translation. A stored translation never
 * changes, so a restart in another process runs exactly the definition that started the run,
 * even when the pipeline file has changed or gone since.
 */
public final class JobXmlStore {

    /** Hex digits of the hash in a job id. */
    static final int HASH_LENGTH = 12;

    private final Path folder;

    public JobXmlStore(Path home) {
        this.folder = BatonHome.jobs(home);
    }

    /**
     * The job id of a translation: {@code NAME-HASH}, the hash taken over the translation made
     * with the bare name as its id, so that the id depends on the content alone.
     *
     * @param name      the pipeline's name
     * @param translate the translation for a given job id
     */
    public static String jobId(String name, Function<String, String> translate) {
        return name + "-" + sha256(translate.apply(name)).substring(0, HASH_LENGTH);
    }

    /**
     * Stores a translation under its id unless it is there already.
     *
     * @throws IllegalStateException if a different translation is stored under that id
     */
    public Path store(String jobId, String xml) throws IOException {
        Path target = path(jobId);
        if (Files.exists(target)) {
            if (!Files.readString(target, StandardCharsets.UTF_8).equals(xml)) {
                throw new IllegalStateException("job " + jobId + " is already stored with other content: " + target);
            }
            return target;
        }
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, ".job-", ".part");
        try {
            Files.writeString(temp, xml, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
                // another process stored the same id first; the content check above applies on next use
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }

    /** The stored translation of a job id. */
    public Optional<String> read(String jobId) throws IOException {
        Path path = path(jobId);
        return Files.isRegularFile(path) ? Optional.of(Files.readString(path, StandardCharsets.UTF_8)) : Optional.empty();
    }

    /** Where the translation of a job id is (or would be) stored. */
    public Path path(String jobId) {
        if (!JobIds.isValid(jobId)) {
            throw new IllegalArgumentException("not a job id: " + jobId);
        }
        return folder.resolve(jobId + ".xml");
    }

    public Path folder() {
        return folder;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
