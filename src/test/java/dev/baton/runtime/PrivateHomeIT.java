package dev.baton.runtime;

import dev.baton.testing.BatonProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * BATON_HOME against another user of the machine: while a run goes on, the unprivileged user
 * {@code nobody} can neither read its home nor use its repository. Needs root, to become
 * {@code nobody} with {@code runuser} (CI runs as root).
 */
class PrivateHomeIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    private Path parent;

    @BeforeEach
    void worldReadableParent() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/sbin/runuser")),
                "needs root and runuser to act as another user");
        // a parent every user may enter: only BATON_HOME's own mode keeps them out
        parent = Files.createTempDirectory(Path.of("/tmp"), "baton-private");
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterEach
    void clean() throws Exception {
        if (parent != null) {
            try (Stream<Path> all = Files.walk(parent)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Process asNobody(String... command) throws Exception {
        String[] full = new String[command.length + 4];
        full[0] = "runuser";
        full[1] = "-u";
        full[2] = "nobody";
        full[3] = "--";
        System.arraycopy(command, 0, full, 4, command.length);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return p;
    }

    @Test
    void anotherUserCanNeitherReadTheHomeNorUseItsRepository() throws Exception {
        Path home = parent.resolve("home");
        Process run = BatonProcess.start(PROJECT, home, Map.of("SLEEP", "43.25"), parent.resolve("run.log"),
                "--pipeline", PROJECT.resolve("src/test/resources/interrupt/outliving.yaml").toString());
        try {
            Path marker = home.resolve("runs/1/slow.started");
            BatonProcess.awaitFile(marker, parent.resolve("run.log"), "the stage started");
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home)));

            for (String[] attempt : new String[][] {{"ls", home.toString()}, {"cat", home.resolve("repository/baton.lock.db").toString()},
                    {"cat", home.resolve("runs/1/events.jsonl").toString()}, {"cat", home.resolve("repository/baton.mv.db").toString()}}) {
                Process p = asNobody(attempt);
                String said = new String(p.getInputStream().readAllBytes());
                assertNotEquals(0, p.exitValue(), String.join(" ", attempt) + " as nobody: " + said);
                assertTrue(said.contains("Permission denied"), said);
            }

            // even knowing what the lock file says (its user could read it), H2's default credentials get nothing
            Properties lock = new Properties();
            try (var in = Files.newInputStream(home.resolve("repository/baton.lock.db"))) {
                lock.load(in);
            }
            String server = lock.getProperty("server");
            assertTrue(server.startsWith("localhost:") || server.startsWith("127.0.0.1:"), "served on loopback only: " + server);
            String url = "jdbc:h2:tcp://127.0.0.1:" + server.substring(server.lastIndexOf(':') + 1) + "/" + lock.getProperty("id");
            SQLException refused = assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "sa", "").close());
            assertTrue(refused.getMessage().contains("Wrong user name or password"), refused.getMessage());
            String password = Files.readString(home.resolve("repository/password")).strip();
            DriverManager.getConnection(url, "SA", password).close(); // the user's own processes still can
        } finally {
            run.destroyForcibly();
            run.waitFor(30, TimeUnit.SECONDS);
            ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains("sleep 43.25"))
                    .forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void aLooseHomeIsTightenedAndAnotherUsersHomeIsRefused() throws Exception {
        Path loose = parent.resolve("loose");
        Files.createDirectories(loose);
        Files.setPosixFilePermissions(loose, PosixFilePermissions.fromString("rwxrwxr-x"));
        BatonProcess.Result list = BatonProcess.run(PROJECT, loose, "list");
        assertEquals(0, list.exitCode(), list.toString());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(loose)));

        Path theirs = parent.resolve("theirs");
        Files.createDirectories(theirs);
        Files.setOwner(theirs, theirs.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
        BatonProcess.Result refused = BatonProcess.run(PROJECT, theirs, "list");
        assertEquals(2, refused.exitCode(), refused.toString());
        assertTrue(refused.stderr().contains("belongs to nobody"), refused.stderr());
        try (Stream<Path> inside = Files.list(theirs)) {
            assertEquals(0, inside.count(), "nothing made in another user's home");
        }
    }
}
