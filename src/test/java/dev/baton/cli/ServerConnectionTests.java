package dev.baton.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where {@code baton run --server} sends its requests, and which token goes with them. */
class ServerConnectionTests {

    @TempDir
    Path home;

    @Test
    void aServerUrlReachesItsApiAndAnApiUrlIsKept() {
        assertEquals("http://127.0.0.1:8090/baton/api/", ServerConnection.apiOf("http://127.0.0.1:8090").toString());
        assertEquals("http://127.0.0.1:8090/baton/api/", ServerConnection.apiOf("http://127.0.0.1:8090/").toString());
        assertEquals("https://ci.example:8443/baton/api/", ServerConnection.apiOf("https://ci.example:8443/baton/api").toString());
        for (String bad : new String[] {"127.0.0.1:8090", "ftp://127.0.0.1/", "http://u:p@127.0.0.1:8090", "http://127.0.0.1:8090/?x=1", "http//x"}) {
            UsageException e = assertThrows(UsageException.class, () -> ServerConnection.apiOf(bad), bad);
            assertTrue(e.getMessage().startsWith("baton: --server"), e.getMessage());
        }
    }

    @Test
    void thisMachinesTokenGoesToAServerOnThisMachineOnly() throws Exception {
        tokenFile("rw-------");
        assertEquals("Bearer " + "t".repeat(43), ServerConnection.of("http://127.0.0.1:8090", home).authorization());
        assertEquals("Bearer " + "t".repeat(43), ServerConnection.of("http://localhost:8090", home).authorization());
        assertNull(ServerConnection.of("http://192.0.2.7:8090", home).authorization(), "another host never gets this machine's token");
        assertEquals("Bearer " + "t".repeat(43), ServerConnection.of("http://[::1]:8090", home).authorization());
        assertNull(ServerConnection.of("http://localhost.example:8090", home).authorization(), "a name is not looked up");
    }

    @Test
    void aTokenFileOthersCanReadIsRefused() throws Exception {
        tokenFile("rw-r--r--");
        UsageException e = assertThrows(UsageException.class, () -> ServerConnection.of("http://127.0.0.1:8090", home));
        assertTrue(e.getMessage().contains("api-token can be read by other users"), e.getMessage());
    }

    /** A token in the home's {@code api-token} with this mode (the test is skipped where the variable would win over the file). */
    private void tokenFile(String mode) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv(ServerConnection.TOKEN_VARIABLE) == null,
                ServerConnection.TOKEN_VARIABLE + " is set in this environment");
        Path file = home.resolve("api-token");
        Files.writeString(file, "t".repeat(43) + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
    }
}
