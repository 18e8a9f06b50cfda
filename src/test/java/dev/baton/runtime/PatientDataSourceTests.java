package dev.baton.runtime;

import org.h2.api.ErrorCode;
import org.h2.message.DbException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which failures of the embedded repository are worth waiting out, as H2 itself reports them. */
class PatientDataSourceTests {

    record Case(String what, SQLException failure, boolean waitedOut) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Case> failures() {
        return Stream.of(
                new Case("the serving process exited mid-statement (EOF on its socket)",
                        h2(ErrorCode.CONNECTION_BROKEN_1, new EOFException(), "localhost:36475"), true),
                new Case("the serving process reset the connection",
                        h2(ErrorCode.CONNECTION_BROKEN_1, new SocketException("Connection reset"), "localhost:36475"), true),
                new Case("the lock file names a port nobody listens on any more",
                        h2(ErrorCode.ERROR_OPENING_DATABASE_1, new ConnectException("Connection refused"), "lock"), true),
                new Case("another process is opening the file at this moment",
                        h2(ErrorCode.DATABASE_ALREADY_OPEN_1, null, "Lock file recently modified"), true),
                new Case("the disk is full",
                        h2(ErrorCode.ERROR_OPENING_DATABASE_1, new IOException("No space left on device"), "file"), false),
                new Case("a wrong password",
                        h2(ErrorCode.WRONG_USER_OR_PASSWORD, null), false),
                new Case("a statement the database does not know",
                        h2(ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1, null, "NOPE"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void aFailureIsWaitedOutOnlyWhenTheDatabaseIsChangingHands(Case c) {
        assertEquals(c.waitedOut(), PatientDataSource.isLockRace(c.failure()), c.what());
        assertEquals(c.waitedOut(), Patience.handOver(new IllegalStateException("wrapped", c.failure())), c.what() + ", wrapped");
    }

    private static SQLException h2(int code, Throwable cause, String... params) {
        return DbException.getJdbcSQLException(code, cause, params);
    }
}
