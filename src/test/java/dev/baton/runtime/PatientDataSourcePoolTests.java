package dev.baton.runtime;

import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which connections of the embedded repository are kept for the next caller, and in what state. */
class PatientDataSourcePoolTests {

    @TempDir
    Path dir;

    @Test
    void aClosedConnectionOfThisProcesssOwnSessionServesTheNextCallerWithNothingLeftOfItsTransaction() throws Exception {
        PatientDataSource repository = dataSource("jdbc:h2:file:" + dir.resolve("own") + ";DB_CLOSE_DELAY=-1;AUTO_SERVER=TRUE");
        Object session;
        try (Connection c = repository.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE T(ID INT)");
            session = session(c);
            c.setAutoCommit(false);
            s.execute("INSERT INTO T VALUES (1)"); // left uncommitted by its user
        }
        try (Connection c = repository.getConnection(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM T")) {
            assertSame(session, session(c), "the session is kept");
            assertTrue(c.getAutoCommit());
            rows.next();
            assertEquals(0, rows.getInt(1), "what its last user left uncommitted was rolled back");
        }
    }

    @Test
    void aConnectionItsUserClosedCannotBeUsedByThatUserWhileItServesTheNext() throws Exception {
        PatientDataSource repository = dataSource("jdbc:h2:file:" + dir.resolve("lent") + ";DB_CLOSE_DELAY=-1;AUTO_SERVER=TRUE");
        Connection first = repository.getConnection();
        Object session = session(first);
        first.close();
        first.close(); // closing twice gives it back once
        assertTrue(first.isClosed());
        assertTrue(!first.isValid(1), "a closed connection is not valid");
        assertThrows(SQLException.class, first::createStatement, "its former user cannot use it any more");
        try (Connection second = repository.getConnection(); Connection third = repository.getConnection()) {
            assertSame(session, session(second), "the session serves the next user");
            assertNotSame(session, session(third), "and only that one");
            assertEquals(second, second);
            assertTrue(!second.equals(third));
        }
    }

    @Test
    void aKeptConnectionWhoseDatabaseClosedIsReplacedByANewOne() throws Exception {
        PatientDataSource repository = dataSource("jdbc:h2:file:" + dir.resolve("closed") + ";DB_CLOSE_DELAY=-1;AUTO_SERVER=TRUE");
        Object session;
        try (Connection c = repository.getConnection(); Statement s = c.createStatement()) {
            session = session(c);
            s.execute("SHUTDOWN"); // closes the database under the connection its user then closes
        }
        try (Connection c = repository.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT 1")) {
            assertNotSame(session, session(c));
            assertTrue(r.next());
        }
    }

    @Test
    void connectionsToAnotherProcesssServerAreNotKept() throws Exception {
        Server server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir", dir.toString()).start();
        try {
            PatientDataSource repository = dataSource("jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/served");
            Object first;
            try (Connection c = repository.getConnection()) {
                first = session(c);
                assertTrue(first instanceof org.h2.engine.SessionRemote, String.valueOf(first));
            }
            try (Connection c = repository.getConnection()) {
                assertNotSame(first, session(c), "a new session: the server may have changed");
            }
        } finally {
            server.stop();
        }
    }

    private static PatientDataSource dataSource(String url) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        h2.setPassword("");
        return new PatientDataSource(h2, false);
    }

    private static Object session(Connection c) throws SQLException {
        return c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession();
    }
}
