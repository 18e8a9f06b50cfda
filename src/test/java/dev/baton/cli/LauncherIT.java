package dev.baton.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code target/bin/baton}, the launcher the build makes: the jar's command line, arguments and exit codes unchanged. */
class LauncherIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void theLauncherRunsTheJarWithItsArchiveAndPassesArgumentsAndExitCodesThrough() throws Exception {
        Path launcher = Path.of(System.getProperty("baton.jar", "target/baton.jar")).toAbsolutePath().resolveSibling("bin/baton");
        assertTrue(Files.isExecutable(launcher), "the build made " + launcher);
        assertTrue(Files.exists(launcher.getParent().resolveSibling("baton.jsa")), "and its class-data-sharing archive");

        Path spaced = Files.createDirectories(tmp.resolve("a folder; with $(spaces)"));
        Path pipeline = Files.copy(PROJECT.resolve("pipelines/example.yaml"), spaced.resolve("example.yaml"));
        Path bad = Files.writeString(spaced.resolve("bad.yaml"), "stages:\n  - {name: a, agent: template, task: x, colour: red}\n");

        Run ok = run(launcher, "validate", "--pipeline", pipeline.toString());
        assertEquals(0, ok.exit(), ok.output());
        assertEquals(pipeline + ": valid (5 stages)", ok.output().strip());

        Run invalid = run(launcher, "validate", "--pipeline", bad.toString());
        assertEquals(2, invalid.exit(), invalid.output());
        assertTrue(invalid.output().startsWith(bad + ":2:"), invalid.output());

        // BATON_JAVA_OPTIONS reaches the JVM, after the launcher's own options
        Run property = run(launcher, Map.of("BATON_JAVA_OPTIONS", "-Dbaton.home=" + tmp.resolve("elsewhere")), "doctor");
        assertTrue(property.output().contains(tmp.resolve("elsewhere").toString()), property.output());
        // options that choose the compilers win over the launcher's choice of compiler threads (the JVM refuses
        // both compilers with one thread)
        Run tiered = run(launcher, Map.of("BATON_JAVA_OPTIONS", "-XX:TieredStopAtLevel=4"), "validate", "--pipeline", pipeline.toString());
        assertEquals(0, tiered.exit(), tiered.output());
        assertEquals(pipeline + ": valid (5 stages)", tiered.output().strip());
        Run refused = run(launcher, Map.of("BATON_JAVA_OPTIONS", "-XX:+NoSuchOptionAnywhere"), "validate", "--pipeline", pipeline.toString());
        assertTrue(refused.exit() != 0 && refused.output().contains("NoSuchOptionAnywhere"), refused.output());
    }

    private record Run(int exit, String output) {
    }

    private Run run(Path launcher, String... args) throws Exception {
        return run(launcher, Map.of(), args);
    }

    private Run run(Path launcher, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(tmp.toFile()).redirectErrorStream(true);
        builder.environment().put("BATON_HOME", tmp.resolve("home").toString());
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().putAll(environment);
        Process p = builder.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "ended");
        return new Run(p.exitValue(), out);
    }
}
