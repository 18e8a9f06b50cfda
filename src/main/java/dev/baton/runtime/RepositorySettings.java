package dev.baton.runtime;

import java.nio.file.Path;

/**
 * Which job repository Baton uses: the system property {@value #PROPERTY}, else the environment
 * variable {@value #ENV}, a JDBC URL; else the embedded H2 database in {@code BATON_HOME/repository}.
 * The embedded database runs in H2's automatic mixed mode, so a second process (a {@code status}
 * or {@code stop} from another terminal) reaches the repository of a run in progress.
 */
public final class RepositorySettings {

    public static final String PROPERTY = "baton.repository";
    public static final String ENV = "BATON_REPOSITORY";

    private RepositorySettings() {
    }

    /** The JDBC URL of the repository for a home folder. */
    public static String url(Path home) {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(ENV);
        }
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        return embeddedUrl(home);
    }

    /**
     * The URL of the embedded H2 repository of a home folder: open until the process exits, served to
     * the user's other processes, every commit written before it returns ({@code WRITE_DELAY=0}), a
     * stage's checkpoint kept in its row, and the file compacted as the database closes once its
     * data fills less than three quarters of its chunks ({@code AUTO_COMPACT_FILL_RATE=75}: at H2's
     * 90%, a run of a few hundred stages left enough behind to have the whole repository rewritten
     * as it closed; {@link DeadChunksAtClose} keeps the file itself small).
     */
    public static String embeddedUrl(Path home) {
        return "jdbc:h2:file:" + home.resolve("repository").resolve("baton")
                + ";DB_CLOSE_DELAY=-1;AUTO_SERVER=TRUE;WRITE_DELAY=0;MAX_LENGTH_INPLACE_LOB=65536;AUTO_COMPACT_FILL_RATE=75";
    }
}
