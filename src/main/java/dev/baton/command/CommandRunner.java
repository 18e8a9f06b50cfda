package dev.baton.command;

import dev.baton.agent.ChildProcesses;
import dev.baton.message.Msg;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program from an argv list, never through a shell: the user's text reaches the program
 * only as its standard input and arguments, never as shell syntax. The process inherits the
 * runner's environment plus the given variables, less Baton's own secrets ({@link #SECRET_VARIABLES}:
 * a command that printed them would put them into outputs and the job repository), and runs in the
 * given folder. When the calling thread is interrupted, the process and all its descendants are killed.
 *
 * <p>Where the system has {@code setsid} (Linux), the program runs in a session of its own: a
 * Ctrl-C at the terminal reaches Baton, which stops the run and ends the program itself, not the
 * program behind Baton's back (which would read as a failed attempt, and be retried).
 */
public final class CommandRunner {

    /** Variables of the runner's environment that commands do not inherit. */
    public static final java.util.Set<String> SECRET_VARIABLES = java.util.Set.of(
            "BATON_LLM_API_KEY", "BATON_REPOSITORY_PASSWORD", "BATON_TEST_POSTGRES_PASSWORD",
            // whoever has the broker's password can send commands to every worker
            "BATON_BROKER_PASSWORD", "BATON_BROKER_KEYSTORE_PASSWORD",
            // the OTLP exporter's headers carry its credentials
            "OTEL_EXPORTER_OTLP_HEADERS", "OTEL_EXPORTER_OTLP_TRACES_HEADERS", "OTEL_EXPORTER_OTLP_METRICS_HEADERS",
            "OTEL_EXPORTER_OTLP_LOGS_HEADERS");

    /** How much of standard error is kept for messages. */
    private static final int STDERR_TAIL = 2_000;

    private static final ExecutorService PUMPS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "baton-command-io");
        t.setDaemon(true);
        return t;
    });

    /** The program that starts another in a session of its own, or null where there is none. */
    private static final Path SETSID = java.util.stream.Stream.of("/usr/bin/setsid", "/bin/setsid").map(Path::of)
            .filter(Files::isExecutable).findFirst().orElse(null);

    private CommandRunner() {
    }

    /**
     * What a finished process gave.
     *
     * @param exitCode its exit status
     * @param stdout   its standard output, UTF-8
     * @param stderr   its standard error, UTF-8
     */
    public record Result(int exitCode, String stdout, String stderr) {

        /** The last part of standard error, for a message. */
        public String stderrTail() {
            String trimmed = stderr.strip();
            return trimmed.length() <= STDERR_TAIL ? trimmed : "…" + trimmed.substring(trimmed.length() - STDERR_TAIL);
        }
    }

    /**
     * Runs {@code argv} to its end.
     *
     * @param argv        program and arguments; the program is looked up on PATH as usual
     * @param stdin       text written to the process's standard input, which is then closed
     * @param workDir     the working directory
     * @param environment variables added to the inherited environment
     * @throws IOException          if the program cannot start (message says why)
     * @throws InterruptedException if interrupted; the process tree is gone when this is thrown
     */
    public static Result run(List<String> argv, String stdin, Path workDir, Map<String, String> environment)
            throws IOException, InterruptedException {
        return run(argv, stdin, workDir, environment, java.util.Set.of());
    }

    /**
     * Runs {@code argv} to its end, without the variables {@code withheld} (nor Baton's own secrets)
     * of the runner's environment.
     *
     * @see #run(List, String, Path, Map)
     */
    public static Result run(List<String> argv, String stdin, Path workDir, Map<String, String> environment,
                             java.util.Set<String> withheld) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder().directory(workDir.toFile());
        builder.environment().keySet().removeAll(SECRET_VARIABLES);
        builder.environment().keySet().removeAll(withheld);
        builder.environment().putAll(environment);
        builder.environment().putAll(ChildProcesses.marks());
        if (!isProgram(argv.get(0), builder.environment().get("PATH"), workDir)) {
            throw new IOException(Msg.COMMAND_NOT_STARTED.format(argv.get(0), "no such program"));
        }
        List<String> command = new java.util.ArrayList<>();
        if (SETSID != null) {
            command.addAll(List.of(SETSID.toString(), "--wait"));
        }
        command.addAll(argv);
        Process process;
        try {
            process = builder.command(command).start();
        } catch (IOException e) {
            throw new IOException(Msg.COMMAND_NOT_STARTED.format(argv.get(0), e.getMessage()), e);
        }
        ChildProcesses.started(process.toHandle(), environment);
        try {
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> drain(process.getInputStream()), PUMPS);
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()), PUMPS);
            CompletableFuture<Void> in = CompletableFuture.runAsync(() -> feed(process.getOutputStream(), stdin), PUMPS);
            int exit = process.waitFor();
            io.opentelemetry.api.trace.Span.current().setAttribute("process.exit.code", exit);
            in.get(5, TimeUnit.SECONDS);
            return new Result(exit, utf8(out.get()), utf8(err.get()));
        } catch (InterruptedException e) {
            killTree(process);
            throw e;
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            killTree(process);
            throw new IOException("command " + argv + ": " + e.getMessage(), e);
        } finally {
            if (process.isAlive()) {
                killTree(process);
            }
            ChildProcesses.ended(process.toHandle());
        }
    }

    /** Whether a program name leads to an executable file: a path, or a name found on {@code PATH}. */
    private static boolean isProgram(String program, String path, Path workDir) {
        if (program.contains("/")) {
            return Files.isExecutable(workDir.resolve(program));
        }
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** Kills a process and every process it started, and waits briefly for them to go. */
    public static void killTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] drain(InputStream stream) {
        try (stream) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            stream.transferTo(buffer);
            return buffer.toByteArray();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static void feed(OutputStream stream, String text) {
        try (stream) {
            stream.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the process closed its input early; it is free not to read it
        }
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
