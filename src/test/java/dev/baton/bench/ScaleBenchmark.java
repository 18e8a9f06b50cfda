package dev.baton.bench;

import dev.baton.testing.BatonProcess;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 2,000-stage pipeline (each stage after one or two of the fifty before it): validate plus
 * translate, timed in a fresh JVM; and a full run of it with no-op stages by
 * {@code java -Xmx512m -jar target/baton.jar}, with the heap in use at its peak (from the GC log).
 * Targets: validate plus translate under 1 s; the run completes within 512 MB of heap.
 */
final class ScaleBenchmark {

    static final int STAGES = 2000;
    private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private ScaleBenchmark() {
    }

    static Section run(Path project) throws Exception {
        Path work = Files.createTempDirectory("baton-scale");
        Path pipeline = work.resolve("thousands.yaml");
        Files.writeString(pipeline, yaml(new Random(2000)));

        Process probe = new ProcessBuilder(java(), "-cp", "target/classes:target/test-classes:" + Files.readString(project.resolve("target/test-classpath.txt")).strip(),
                ScaleProbe.class.getName(), pipeline.toString()).directory(project.toFile()).redirectErrorStream(true).start();
        String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        probe.waitFor(120, TimeUnit.SECONDS);
        double first = value(out, "FIRST_MS");
        double warm = value(out, "WARM_MS");
        long xml = (long) value(out, "XML_BYTES");

        Path gcLog = work.resolve("gc.log");
        long t0 = System.nanoTime();
        Process run = new ProcessBuilder(java(), "-Xmx512m", "-Xlog:gc:file=" + gcLog, "-jar", BatonProcess.jar().toString(),
                "--pipeline", pipeline.toString(), "--parallel", "--output", "json")
                .directory(work.toFile()).redirectOutput(work.resolve("run.json").toFile()).redirectError(work.resolve("run.err").toFile()).start();
        run.getOutputStream().close();
        boolean ended = run.waitFor(30, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - t0) / 1e9;
        int exit = ended ? run.exitValue() : -1;
        long peak = peakHeapMb(gcLog);
        boolean met = first < 1000 && exit == 0;
        String table = String.format(Locale.ROOT, """
                | 2,000 stages | figure | target |
                |---|---|---|
                | validate + translate, first time in a fresh JVM | %.0f ms | < 1 s |
                | validate + translate, warm (median of 5) | %.0f ms | |
                | job XML | %,d bytes | |
                | full run, `--parallel`, no-op stages, `-Xmx512m` | %s in %.0f s | completes |
                | heap in use at its peak (before a collection, GC log) | %d MB | ≤ 512 MB |
                """, first, warm, xml, exit == 0 ? "completed" : "FAILED (exit " + exit + ")", seconds, peak);
        return new Section("Scale: 2,000 stages", """
                A pipeline of 2,000 `template` stages, each depending on one or two of the fifty before it.

                """ + table, met && peak <= 512);
    }

    /** The heap in use at its peak (before a collection) in a {@code -Xlog:gc} log, in MB; 0 when there is none. */
    static long peakHeapMb(Path gcLog) throws java.io.IOException {
        long peak = 0;
        Matcher m = GC.matcher(Files.exists(gcLog) ? Files.readString(gcLog) : "");
        while (m.find()) {
            peak = Math.max(peak, Long.parseLong(m.group(1)));
        }
        return peak;
    }

    static String yaml(Random random) {
        StringBuilder y = new StringBuilder("name: thousands\nstages:\n");
        for (int i = 0; i < STAGES; i++) {
            y.append("  - {name: s").append(i).append(", agent: template, task: \"s").append(i).append('"');
            if (i > 0) {
                int a = Math.max(0, i - 1 - random.nextInt(Math.min(i, 50)));
                int b = Math.max(0, i - 1 - random.nextInt(Math.min(i, 50)));
                y.append(", depends_on: [s").append(a).append(a == b ? "" : ", s" + b).append(']');
            }
            y.append("}\n");
        }
        return y.toString();
    }

    private static double value(String out, String key) {
        for (String line : out.split("\n")) {
            if (line.startsWith(key + " ")) {
                return Double.parseDouble(line.substring(key.length() + 1).strip());
            }
        }
        throw new IllegalStateException("no " + key + " in: " + out);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
