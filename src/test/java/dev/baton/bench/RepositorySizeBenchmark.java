package dev.baton.bench;

import dev.baton.testing.BatonProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.Map;

/**
 * How the job repository grows: a 100-stage pipeline whose stages each output 10 KB (1 MB in all),
 * run by {@code java -jar target/baton.jar} on a fresh embedded H2 repository. Reports the bytes
 * of stage checkpoints (persistent user data) and the growth of the compacted database file
 * (H2 compresses pages on compaction, so the outputs are random letters, not one repeated letter),
 * each over the outputs' total. Checkpoints hold each stage's own result, not a copy of the memory,
 * so both stay near 1; a copy of the memory per stage would give about 50.
 */
public final class RepositorySizeBenchmark {

    private static final int STAGES = 100;
    private static final int OUTPUT_BYTES = 10 * 1024;

    private RepositorySizeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.print(run(Path.of("").toAbsolutePath()).markdown());
    }

    static Section run(Path project) throws Exception {
        Path work = Files.createTempDirectory("baton-size");
        Path pipeline = work.resolve("hundred.yaml");
        Files.writeString(pipeline, pipeline(STAGES));

        long empty = repositoryBytes(project, work.resolve("empty-home"), pipelineOfOne(work));
        Path home = work.resolve("home");
        BatonProcess.Result run = BatonProcess.run(project, home, Map.of(), "--pipeline", pipeline.toString(), "--output", "json");
        if (run.exitCode() != 0) {
            throw new IllegalStateException(run.toString());
        }
        long checkpoints = checkpointBytes(home);
        long file = compactedFileBytes(home);
        long outputs = (long) STAGES * OUTPUT_BYTES;
        String table = String.format(Locale.ROOT, """
                | %d stages × %d KB outputs (%.2f MB in all) | bytes | ratio to the outputs |
                |---|---|---|
                | stage checkpoints (STEP_EXECUTION.PERSISTENTUSERDATA) | %,d | %.3f |
                | growth of the compacted H2 file (this run minus a one-stage run) | %,d | %.3f |
                """, STAGES, OUTPUT_BYTES / 1024, outputs / 1048576.0, checkpoints, checkpoints / (double) outputs,
                file - empty, (file - empty) / (double) outputs);
        return new Section("Repository size", """
                A 100-stage pipeline whose stages each output 10 KB of text, on a fresh embedded H2 repository. A
                stage's checkpoint holds its own result, never a copy of the memory, so the repository grows with the
                outputs, not with stages × memory (a copy of the memory in each checkpoint would make the ratio about
                50). Target: at most 1.5 times the outputs' total.

                """ + table, checkpoints <= 1.5 * outputs && file - empty <= 1.5 * outputs);
    }

    /** A pipeline of {@code n} stages in a chain, each writing its own 10 KB text. */
    static String pipeline(int n) {
        StringBuilder yaml = new StringBuilder("name: hundred\nstages:\n");
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < n; i++) {
            yaml.append("  - name: s").append(i).append("\n    agent: template\n");
            if (i > 0) {
                yaml.append("    depends_on: [s").append(i - 1).append("]\n");
            }
            // 10 KB of text: the stage's name, then filler, never a copy of upstream output
            String head = "s" + i + " ";
            yaml.append("    task: \"").append(head).append(words(random, OUTPUT_BYTES - head.length())).append("\"\n");
        }
        return yaml.toString();
    }

    /** Text that compresses as prose does, not as a run of one letter: random lower-case letters. */
    private static String words(java.util.Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(random.nextInt(6) == 0 ? ' ' : (char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private static Path pipelineOfOne(Path work) throws Exception {
        Path one = work.resolve("one.yaml");
        Files.writeString(one, "name: one\nstages:\n  - {name: s0, agent: template, task: \"x\"}\n");
        return one;
    }

    private static long repositoryBytes(Path project, Path home, Path pipeline) throws Exception {
        BatonProcess.Result run = BatonProcess.run(project, home, Map.of(), "--pipeline", pipeline.toString());
        if (run.exitCode() != 0) {
            throw new IllegalStateException(run.toString());
        }
        return compactedFileBytes(home);
    }

    private static long checkpointBytes(Path home) throws Exception {
        try (Connection c = DriverManager.getConnection(url(home), "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT SUM(OCTET_LENGTH(PERSISTENTUSERDATA)) FROM STEP_EXECUTION")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long compactedFileBytes(Path home) throws Exception {
        try (Connection c = DriverManager.getConnection(url(home), "sa", "")) {
            c.createStatement().execute("SHUTDOWN COMPACT");
        }
        return Files.size(home.resolve("repository/baton.mv.db"));
    }

    private static String url(Path home) {
        return "jdbc:h2:file:" + home.resolve("repository/baton");
    }
}
