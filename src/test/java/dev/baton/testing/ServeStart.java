package dev.baton.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code baton serve} says as it starts, read from the file its output goes to: the address of
 * its REST API, and the tokens in the files it names (a server started with {@code --no-auth} names none).
 *
 * @param base          the server's root, ending in {@code /} (its REST API is {@code base + "api/"})
 * @param token         the full-access token, or null when the server asks for none
 * @param readOnlyToken the read-only token, or null when the server asks for none
 * @param message       everything the server had printed when it said so
 */
public record ServeStart(String base, String token, String readOnlyToken, String message) {

    private static final Pattern API = Pattern.compile("REST API at (http://\\S+/)api/ ");
    private static final Pattern TOKEN = Pattern.compile("baton: the token is in (\\S+);");
    private static final Pattern READ_ONLY_TOKEN = Pattern.compile("baton: the read-only token is in (\\S+)\\n");
    private static final long PATIENCE_MS = 60_000;

    /**
     * Waits up to a minute for the server to say where it listens and, unless {@code withTokens} is
     * false, where its two tokens are; the tokens are read from their files.
     *
     * @throws IllegalStateException if the server exits or says nothing of the kind in time
     */
    public static ServeStart await(Process server, Path output, boolean withTokens) throws Exception {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        String text = "";
        while (System.currentTimeMillis() < deadline) {
            text = Files.readString(output, StandardCharsets.UTF_8);
            Matcher api = API.matcher(text);
            if (api.find()) {
                if (!withTokens) {
                    return new ServeStart(api.group(1), null, null, text);
                }
                Matcher token = TOKEN.matcher(text);
                Matcher readOnly = READ_ONLY_TOKEN.matcher(text);
                if (token.find() && readOnly.find()) {
                    return new ServeStart(api.group(1), read(token.group(1)), read(readOnly.group(1)), text);
                }
            }
            if (!server.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("baton serve did not start:\n" + text);
    }

    private static String read(String file) throws java.io.IOException {
        return Files.readString(Path.of(file)).strip();
    }
}
