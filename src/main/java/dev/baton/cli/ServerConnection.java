package dev.baton.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.Json;
import dev.baton.rest.se.ApiToken;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A Baton server's REST API as the command line reaches it ({@code baton run --server}): its
 * address, the token it is sent, JSON requests, and an execution's Server-Sent Events.
 *
 * <p>The credentials: the token in {@code $BATON_API_TOKEN}; else the user and password in
 * {@code $BATON_API_USER} and {@code $BATON_API_PASSWORD} (HTTP BASIC, as WildFly's deployment asks);
 * else, for a server on this machine only, the token in {@code $BATON_HOME/api-token} (that of a
 * {@code baton serve} sharing this home): a token of this machine's server is never sent to another host. Every failure to reach the server or to be
 * accepted by it is a {@link UsageException} that says what to do.
 */
final class ServerConnection {

    /** The variable that holds the token to send. */
    static final String TOKEN_VARIABLE = "BATON_API_TOKEN";
    /** The variable that holds the user name to send, with {@value #PASSWORD_VARIABLE} (HTTP BASIC: WildFly's users). */
    static final String USER_VARIABLE = "BATON_API_USER";
    /** The variable that holds the password of {@value #USER_VARIABLE}. */
    static final String PASSWORD_VARIABLE = "BATON_API_PASSWORD";

    /** The API's path on {@code baton serve} and in WildFly, taken when a URL names only the server. */
    static final String API_PATH = "/baton/api/";

    private static final int CONNECT_TIMEOUT_MS = 10_000;

    private final String url;
    private final URI api;
    private final String authorization;

    private ServerConnection(String url, URI api, String authorization) {
        this.url = url;
        this.api = api;
        this.authorization = authorization;
    }

    /**
     * The connection to the server at {@code url}: {@code http(s)://HOST:PORT} (the API at
     * {@value #API_PATH}) or the API's own URL.
     *
     * @param home this user's {@code BATON_HOME}, whose token a server on this machine is sent when no variable gives credentials
     * @throws UsageException for a URL that is not http(s), or a token file others can read
     */
    static ServerConnection of(String url, Path home) {
        return of(url, home, System::getenv);
    }

    /**
     * As {@link #of(String, Path)}, with the credentials' variables read from {@code environment}.
     */
    static ServerConnection of(String url, Path home, UnaryOperator<String> environment) {
        URI api = apiOf(url);
        String token = environment.apply(TOKEN_VARIABLE);
        String user = environment.apply(USER_VARIABLE);
        if (token != null && !token.isBlank()) {
            return new ServerConnection(url.strip(), api, "Bearer " + token.strip());
        }
        if (user != null && !user.isBlank()) {
            String password = environment.apply(PASSWORD_VARIABLE);
            String pair = user + ":" + (password == null ? "" : password);
            return new ServerConnection(url.strip(), api, "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        if (isLoopback(api.getHost())) {
            try {
                token = ApiToken.load(ApiToken.file(home)).orElse(null);
            } catch (IOException e) {
                throw new UsageException("baton: " + e.getMessage());
            }
        }
        return new ServerConnection(url.strip(), api, token == null ? null : "Bearer " + token);
    }

    /**
     * The API's URL, ending with {@code /}, of what the user gave {@code --server}.
     *
     * @throws UsageException for anything but an http(s) URL with a host and no user, query or fragment
     */
    static URI apiOf(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new UsageException("baton: --server: '" + url + "' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawQuery() != null
                || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new UsageException("baton: --server wants the server's http(s) URL, such as http://127.0.0.1:8090 (as 'baton serve' prints it), not '"
                    + url + "'");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/") ? API_PATH
                : uri.getRawPath().endsWith("/") ? uri.getRawPath() : uri.getRawPath() + "/";
        return URI.create(scheme + "://" + uri.getRawAuthority() + path);
    }

    /**
     * Whether the host is this machine by its name alone: {@code localhost} or a loopback address
     * literal. A name is not looked up, so that no answer of a name server can send this machine's
     * token elsewhere.
     */
    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        if (!(h.startsWith("[") || h.matches("[0-9.]+"))) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress(); // a literal: parsed, not looked up
        } catch (IOException notAnAddress) {
            return false;
        }
    }

    /** The {@code Authorization} header this connection sends, or null when it has no token. */
    String authorization() {
        return authorization;
    }

    /** The server's URL as the user gave it. */
    String url() {
        return url;
    }

    /** The API's URL, ending with {@code /}. */
    URI api() {
        return api;
    }

    /** A JSON answer: its status and body (null when there is none or it is not JSON). */
    record Answer(int status, JsonNode body) {

        boolean ok() {
            return status / 100 == 2;
        }

        /** The server's message in an error answer, else the status. */
        String message() {
            String message = body == null ? "" : body.path("message").asText("");
            return message.isBlank() ? "HTTP " + status : message;
        }
    }

    /** Sends a JSON value and reads the JSON answer. */
    Answer post(String path, Object body) {
        return exchange(path, "POST", Json.write(body), connection -> answer(connection));
    }

    /** Reads a JSON resource. */
    Answer get(String path) {
        return exchange(path, "GET", null, connection -> answer(connection));
    }

    /** What to do with a resource's bytes. */
    interface Download {
        void accept(InputStream content) throws IOException;
    }

    /**
     * Reads a resource's bytes (an artifact, an event stream) into {@code download}.
     *
     * @return the answer's status; the bytes were read when it is 200
     */
    int download(String path, Download download) {
        return exchange(path, "GET", null, connection -> {
            int status = connection.getResponseCode();
            if (status != 200) {
                answer(connection);
                return status;
            }
            try (InputStream content = connection.getInputStream()) {
                download.accept(content);
            }
            return status;
        });
    }

    /** One Server-Sent Event: its name ({@code message} when unnamed) and data. */
    record Event(String name, String data) {
    }

    /**
     * Reads an event stream, giving each event to {@code each} until it returns false or the
     * server closes the stream.
     *
     * @return the answer's status (200 when the stream was read)
     * @throws UncheckedIOException when the stream breaks off
     */
    int events(String path, Predicate<Event> each) {
        return download(path, content -> {
            try {
                BufferedReader lines = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8));
                String name = "message";
                StringBuilder data = new StringBuilder();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isEmpty()) {
                        if (data.length() > 0 && !each.test(new Event(name, data.toString()))) {
                            return;
                        }
                        name = "message";
                        data.setLength(0);
                    } else if (line.startsWith("event:")) {
                        name = field(line, 6);
                    } else if (line.startsWith("data:")) {
                        data.append(data.length() > 0 ? "\n" : "").append(field(line, 5));
                    }
                }
            } catch (IOException broken) {
                throw new UncheckedIOException(broken);
            }
        });
    }

    private static String field(String line, int from) {
        return line.startsWith(" ", from) ? line.substring(from + 1) : line.substring(from);
    }

    /** What to do with an open connection. */
    private interface Exchange<T> {
        T with(HttpURLConnection connection) throws IOException;
    }

    /**
     * One request. {@link HttpURLConnection} rather than the JDK's {@code HttpClient}: the latter
     * makes the JVM's TLS context even for plain HTTP, a fifth of a second of a short command.
     */
    private <T> T exchange(String path, String method, String json, Exchange<T> exchange) {
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) api.resolve(path).toURL().openConnection(Proxy.NO_PROXY);
            connection.setConnectTimeout(CONNECT_TIMEOUT_MS);
            connection.setInstanceFollowRedirects(false); // the token goes to the server named, nowhere else
            connection.setRequestMethod(method);
            connection.setRequestProperty("X-Baton-Request", "baton-cli");
            if (authorization != null) {
                connection.setRequestProperty("Authorization", authorization);
            }
            if (json != null) {
                byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
                connection.setDoOutput(true);
                connection.setFixedLengthStreamingMode(bytes.length);
                connection.setRequestProperty("Content-Type", "application/json");
                try (OutputStream body = connection.getOutputStream()) {
                    body.write(bytes);
                }
            }
            return exchange.with(connection);
        } catch (ConnectException | SocketTimeoutException e) {
            throw new UsageException("baton: no Baton server answers at " + api + " (start one with 'baton serve')");
        } catch (IOException e) {
            throw new UsageException("baton: the server at " + api + " did not answer: " + Errors.oneLine(e));
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }

    /** The JSON answer of a request; a refusal of the credentials is a {@link UsageException}. */
    private Answer answer(HttpURLConnection connection) throws IOException {
        int status = connection.getResponseCode();
        InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        String text = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        JsonNode body = null;
        String type = connection.getContentType();
        if (!text.isBlank() && type != null && type.contains("json")) {
            try {
                body = Json.MAPPER.readTree(text);
            } catch (IOException notJson) {
                // the status says what happened
            }
        }
        if (status == 401 || status == 403) {
            throw new UsageException("baton: the server at " + api + " refused this command (" + new Answer(status, body).message()
                    + "); set " + TOKEN_VARIABLE + " to the token in the server's BATON_HOME/api-token (baton serve), or "
                    + USER_VARIABLE + " and " + PASSWORD_VARIABLE + " to a user of the server's (WildFly)");
        }
        return new Answer(status, body);
    }
}
