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

    /** An environment without any of the credentials' variables. */
    private static final java.util.function.UnaryOperator<String> NONE = name -> null;

    @TempDir
    Path home;

    @Test
    void theVariablesWinOverTheTokenFileAndGoToAnyHost() throws Exception {
        tokenFile("rw-------");
        java.util.Map<String, String> token = java.util.Map.of(ServerConnection.TOKEN_VARIABLE, "v".repeat(43),
                ServerConnection.USER_VARIABLE, "alice");
        assertEquals("Bearer " + "v".repeat(43), ServerConnection.of("http://127.0.0.1:8090", home, token::get).authorization());
        java.util.Map<String, String> user = java.util.Map.of(ServerConnection.USER_VARIABLE, "alice", ServerConnection.PASSWORD_VARIABLE, "Secret-pass-1");
        assertEquals("Basic " + java.util.Base64.getEncoder().encodeToString("alice:Secret-pass-1".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                ServerConnection.of("http://192.0.2.7:8080", home, user::get).authorization());
    }

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
        assertEquals("Bearer " + "t".repeat(43), ServerConnection.of("http://127.0.0.1:8090", home, NONE).authorization());
        assertEquals("Bearer " + "t".repeat(43), ServerConnection.of("http://localhost:8090", home, NONE).authorization());
        assertNull(ServerConnection.of("http://192.0.2.7:8090", home, NONE).authorization(), "another host never gets this machine's token");
        assertEquals("Bearer " + "t".repeat(43), ServerConnection.of("http://[::1]:8090", home, NONE).authorization());
        assertNull(ServerConnection.of("http://localhost.example:8090", home, NONE).authorization(), "a name is not looked up");
    }

    @Test
    void aTokenFileOthersCanReadIsRefused() throws Exception {
        tokenFile("rw-r--r--");
        UsageException e = assertThrows(UsageException.class, () -> ServerConnection.of("http://127.0.0.1:8090", home, NONE));
        assertTrue(e.getMessage().contains("api-token can be read by other users"), e.getMessage());
    }

    /** A token in the home's {@code api-token} with this mode. */
    private void tokenFile(String mode) throws Exception {
        Path file = home.resolve("api-token");
        Files.writeString(file, "t".repeat(43) + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
    }
}
