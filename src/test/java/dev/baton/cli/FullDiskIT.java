package dev.baton.cli;

import dev.baton.testing.BatonProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A disk that fills up during a run: one line says what could not be written, the process exits,
 * and the run restarts once there is room. BATON_HOME lives on a small tmpfs, mounted for the
 * test (needs root, as CI runs).
 */
class FullDiskIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path tmp;

    private Path disk;

    private static int sh(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return p.exitValue();
    }

    @BeforeEach
    void mountSmallDisk() throws Exception {
        disk = tmp.resolve("disk");
        Files.createDirectories(disk);
        assumeTrue("root".equals(System.getProperty("user.name")) && sh("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", disk.toString()) == 0,
                "needs root to mount a small file system");
    }

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            sh("umount", "-l", disk.toString());
        }
    }

    @Test
    void aFullDiskIsOneLineTheProcessExitsAndTheRunRestartsWhenThereIsRoom() throws Exception {
        Path home = disk.resolve("home");
        long t0 = System.nanoTime();
        BatonProcess.Result run = BatonProcess.run(PROJECT, home, "--pipeline", PROJECT.resolve("src/test/resources/disk/filler.yaml").toString());
        assertTrue((System.nanoTime() - t0) / 1e9 < 90, "the process exits");
        assertEquals(1, run.exitCode(), run.toString());
        String all = run.stdout() + run.stderr();
        assertFalse(all.contains("\tat ") || all.contains("Exception in thread"), "no stack trace: " + all);
        List<String> said = all.lines().filter(l -> l.contains("No space left on device")).toList();
        assertTrue(!said.isEmpty(), "it says the disk is full: " + all);
        assertTrue(run.stderr().lines().filter(l -> l.startsWith("baton: ")).count() == 1, "in one line: " + run.stderr());

        assertEquals(0, sh("mount", "-o", "remount,size=40m", disk.toString()));
        BatonProcess.Result restart = BatonProcess.run(PROJECT, home, "restart", "1");
        assertEquals(0, restart.exitCode(), restart.toString());
        assertTrue(restart.stdout().contains("COMPLETED"), restart.stdout());
    }
}
