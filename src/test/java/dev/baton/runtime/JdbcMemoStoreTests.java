package dev.baton.runtime;

import dev.baton.stage.memo.Memo;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Memoized results in an embedded H2 file database, looked up by stage threads that stops interrupt. */
class JdbcMemoStoreTests {

    @TempDir
    Path dir;

    @Test
    void lookupsInterruptedMidWayLeaveTheDatabaseOpenForEveryoneElse() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("memo") + ";DB_CLOSE_DELAY=-1;WRITE_DELAY=0;CACHE_SIZE=16");
        JdbcMemoStore store = new JdbcMemoStore(h2);
        for (int i = 0; i < 50; i++) {
            store.save("k" + i, new Memo("output " + "x".repeat(200_000) + i, List.of(), Map.of(), Map.of(), "s", "job", 1, 1));
        }
        // a stage thread looking results up while it is interrupted again and again, as stop and timeouts do
        Thread stage = new Thread(() -> {
            for (int i = 0; i < 2_000; i++) {
                try {
                    store.find("k" + (i % 50));
                } catch (RuntimeException interrupted) {
                    Thread.interrupted();
                }
            }
        });
        stage.start();
        while (stage.isAlive()) {
            stage.interrupt();
            Thread.onSpinWait();
        }
        assertTrue(store.find("k7").orElseThrow().content().toString().endsWith("7"), "the store still answers");
        try (Connection c = h2.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + JdbcMemoStore.TABLE)) {
            rs.next();
            assertEquals(50, rs.getInt(1), "the database was not closed under the other connections");
        }
    }
}
