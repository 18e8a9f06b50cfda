package dev.baton.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A {@code baton serve} process started as a user would ({@code java -jar target/baton.jar serve
 * --port 0}, BATON_HOME {@code dir/home}, its output in {@code dir/serve.out}), once it has said where
 * it listens and where its tokens are; closing it stops the process.
 *
 * @param process the server's process
 * @param started what it said as it started
 * @param dir     the folder it runs in
 */
public record ServedBaton(Process process, ServeStart started, Path dir) implements AutoCloseable {

    /**
     * Starts a server with these extra environment variables and waits for it.
     *
     * @throws IllegalStateException if it does not start within a minute
     */
    public static ServedBaton start(Path dir, Map<String, String> env) throws Exception {
        Files.createDirectories(dir);
        Path out = dir.resolve("serve.out");
        Process process = BatonProcess.start(dir, dir.resolve("home"), env, out, "serve", "--port", "0");
        try {
            return new ServedBaton(process, ServeStart.await(process, out, true), dir);
        } catch (Exception | Error e) {
            process.destroy();
            throw e;
        }
    }

    /** The server's BATON_HOME. */
    public Path home() {
        return dir.resolve("home");
    }

    /** The server's URL as {@code baton run --server} takes it: {@code http://HOST:PORT}. */
    public String url() {
        return started.base().replaceFirst("/baton/$", "");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
