package dev.baton.runtime;

import dev.baton.json.Json;
import dev.baton.stage.memo.Memo;
import dev.baton.stage.memo.MemoStore;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Memoized stage results kept in the job repository's database (table {@value #TABLE}), one row
 * per key, the newest winning; every process sharing the repository (a PostgreSQL one) shares them.
 * A row names the job instance and execution that produced it, so that removing a run's rows
 * ({@code baton clean}) removes its results too.
 */
final class JdbcMemoStore implements MemoStore {

    static final String TABLE = "BATON_STAGE_MEMO";

    private final DataSource dataSource;

    JdbcMemoStore(DataSource dataSource) {
        this.dataSource = dataSource;
        call(() -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                String text = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres") ? "TEXT" : "CLOB";
                s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (MEMO_KEY VARCHAR(64) PRIMARY KEY, STAGE VARCHAR(1024) NOT NULL,"
                        + " JOBINSTANCEID BIGINT NOT NULL, JOBEXECUTIONID BIGINT NOT NULL, CREATED BIGINT NOT NULL, MEMO " + text + " NOT NULL)");
            }
            return null;
        }, "cannot create table " + TABLE);
    }

    @Override
    public Optional<Memo> find(String key) {
        return call(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement q = c.prepareStatement("SELECT MEMO FROM " + TABLE + " WHERE MEMO_KEY = ?")) {
                q.setString(1, key);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(Json.read(rs.getString(1), Memo.class)) : Optional.<Memo>empty();
                }
            }
        }, "cannot read a memoized result");
    }

    @Override
    public void save(String key, Memo memo) {
        String json = Json.write(memo);
        call(() -> {
            try (Connection c = dataSource.getConnection()) {
                boolean auto = c.getAutoCommit();
                c.setAutoCommit(false);
                try (PreparedStatement d = c.prepareStatement("DELETE FROM " + TABLE + " WHERE MEMO_KEY = ?");
                     PreparedStatement i = c.prepareStatement("INSERT INTO " + TABLE
                             + " (MEMO_KEY, STAGE, JOBINSTANCEID, JOBEXECUTIONID, CREATED, MEMO) VALUES (?, ?, ?, ?, ?, ?)")) {
                    d.setString(1, key);
                    d.executeUpdate();
                    i.setString(1, key);
                    i.setString(2, memo.stage());
                    i.setLong(3, memo.instanceId());
                    i.setLong(4, memo.executionId());
                    i.setLong(5, System.currentTimeMillis());
                    i.setString(6, json);
                    i.executeUpdate();
                    c.commit();
                } catch (SQLException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(auto);
                }
            }
            return null;
        }, "cannot keep a memoized result");
    }

    /** Stages look results up during their attempts, which stops interrupt: the database is used from a thread of its own. */
    private static <T> T call(Patience.Work<T> work, String what) {
        try {
            return RepositoryThread.call(() -> Patience.call(work));
        } catch (RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + ": interrupted", e);
        } catch (Exception e) {
            throw new IllegalStateException(what + ": " + e.getMessage(), e);
        }
    }
}
