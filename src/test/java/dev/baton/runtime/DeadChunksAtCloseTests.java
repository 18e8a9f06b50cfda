package dev.baton.runtime;

import org.h2.engine.Database;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the embedded repository does with the chunks of its file that a run's commits emptied, as it
 * closes: it gives them up first, so that H2 decides whether to compact the file by the data it holds,
 * keeps a few MB free for the next run's commits, and has a file mostly free compacted whole once 16 MB
 * of it are free; other H2 databases are left as their users set them up.
 */
class DeadChunksAtCloseTests {

    private static final int COMMITS = 300;

    @TempDir
    Path home;

    @Test
    void theEmbeddedRepositoryGivesUpTheChunksARunEmptiedAndKeepsEveryRow() throws Exception {
        DataSource repository = DataSources.pool(RepositorySettings.embeddedUrl(home), home);
        try (Connection c = repository.getConnection(); Statement s = c.createStatement()) {
            assertTrue(DeadChunksAtClose.installedOn(database(c)), "the listener is H2's for the embedded repository");
            run(c, s);
            long listed = info(s, "CHUNK_COUNT");
            assertTrue(listed > COMMITS / 2, "the emptied chunks are listed, kept for H2's retention time: " + listed);
            long fillRate = info(s, "CHUNKS_FILL_RATE");
            assertTrue(fillRate < 50, "and count against the file's fill rate: " + fillRate + "%");

            DeadChunksAtClose.release(database(c)); // what the listener does as the database closes
            s.execute("UPDATE STAGES SET STATUS = 'ENDED' WHERE ID = 1"); // a commit stores the chunk list

            long left = info(s, "CHUNK_COUNT");
            assertTrue(left < listed / 4, "the emptied chunks are given up: " + left + " of " + listed + " listed");
            long data = info(s, "CHUNKS_FILL_RATE");
            assertTrue(data > 2 * fillRate, "the fill rate is the data's: " + data + "% (" + fillRate + "% before)");
            assertEveryRow(s);
            s.execute("SHUTDOWN");
        }
    }

    @Test
    void aFileMostlyFreeAsTheRepositoryClosesIsCompactedWholeOnceSixteenMbAreFreeAndKeepsEveryRow() throws Exception {
        String url = RepositorySettings.embeddedUrl(home);
        Path file = home.resolve("repository").resolve("baton.mv.db");
        try (Connection c = DataSources.pool(url, home).getConnection(); Statement s = c.createStatement()) {
            run(c, s); // a run of a few hundred stages: a few MB written, most of it emptied
            long size = info(s, "FILE_SIZE");
            assertTrue(size > 1_000_000 && size < DeadChunksAtClose.KEEP_FREE_BYTES, "the run's commits made the file " + size + " bytes");
            s.execute("SHUTDOWN"); // as the process's exit closes it
        }
        long kept = Files.size(file);
        // H2's own compaction at close may move chunks and shrink the file, but leaves the 200 KB of rows uncompressed
        assertTrue(kept > 200_000, "with less than 16 MB free, the file is not compacted whole: " + kept + " bytes");
        try (Connection c = DataSources.pool(url, home).getConnection(); Statement s = c.createStatement()) {
            assertEveryRow(s);
            churn(s, DeadChunksAtClose.KEEP_FREE_BYTES + kept); // a run of a thousand stages
            s.execute("SHUTDOWN");
        }
        // H2's SHUTDOWN COMPACT writes the data anew, its pages compressed: 100 rows of 2,000 x's in far less than 200 KB
        assertTrue(Files.size(file) < 100_000, "the file was compacted whole: " + Files.size(file) + " bytes");
        try (Connection c = DataSources.pool(url, home).getConnection(); Statement s = c.createStatement()) {
            assertEveryRow(s);
            s.execute("SHUTDOWN");
        }
    }

    @Test
    void anotherH2DatabaseIsLeftAsItsUserConfiguredIt() throws Exception {
        DataSource other = DataSources.pool("jdbc:h2:file:" + home.resolve("other") + ";DB_CLOSE_DELAY=-1", home);
        try (Connection c = other.getConnection(); Statement s = c.createStatement()) {
            assertFalse(DeadChunksAtClose.installedOn(database(c)));
            s.execute("SHUTDOWN");
        }
    }

    /** A run's worth of commits: 100 stages started, then their rows updated 300 times, each in its own commit, each emptying the chunk before. */
    private static void run(Connection c, Statement s) throws SQLException {
        s.execute("CREATE TABLE STAGES(ID INT PRIMARY KEY, STATUS VARCHAR(20), BODY VARCHAR(4000))");
        s.execute("INSERT INTO STAGES SELECT X, 'STARTED', REPEAT('x', 2000) FROM SYSTEM_RANGE(1, 100)");
        update(s, 1, COMMITS);
        assertTrue(c.getAutoCommit());
    }

    /** Updates the rows, each update its own commit, until the file has grown by {@code bytes}; every row's last status stays distinct. */
    private static void churn(Statement s, long bytes) throws SQLException {
        long until = info(s, "FILE_SIZE") + bytes;
        for (int from = COMMITS + 1; info(s, "FILE_SIZE") < until; from += COMMITS) {
            update(s, from, COMMITS);
        }
    }

    private static void update(Statement s, int from, int commits) throws SQLException {
        for (int commit = from; commit < from + commits; commit++) {
            s.execute("UPDATE STAGES SET STATUS = 'COMPLETED " + commit + "' WHERE ID = " + (1 + commit % 100));
        }
    }

    private static void assertEveryRow(Statement s) throws SQLException {
        try (ResultSet rows = s.executeQuery("SELECT COUNT(*), SUM(LENGTH(BODY)), COUNT(DISTINCT STATUS) FROM STAGES")) {
            rows.next();
            assertEquals(100, rows.getInt(1), "nothing was lost");
            assertEquals(200_000, rows.getLong(2));
            assertEquals(100, rows.getInt(3), "every stage's last update is there");
        }
    }

    private static Database database(Connection c) throws SQLException {
        return ((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getDatabase();
    }

    private static long info(Statement s, String name) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info." + name + "'")) {
            r.next();
            return Long.parseLong(r.getString(1));
        }
    }
}
