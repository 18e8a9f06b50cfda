package dev.baton.runtime;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A restart ends what a dead runner's stages left running, recorded or not, and nothing else. */
class LeftoverProcessesTests {

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void endWhatIsLeft() {
        started.forEach(p -> {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        });
    }

    private static LeftoverProcesses leftovers() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:leftovers-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        return new LeftoverProcesses(h2);
    }

    /** A shell in a session of its own, as stages' commands run, that starts a sleeping child and waits for it. */
    private Process stageProcess(Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("setsid", "--wait", "sh", "-c", "sleep 300 & wait");
        builder.environment().putAll(environment);
        Process process = builder.start();
        started.add(process);
        long deadline = System.currentTimeMillis() + 10_000;
        while (process.descendants().findAny().isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(process.descendants().findAny().isPresent(), "the stage's child started");
        return process;
    }

    private static Map<String, String> env(LeftoverProcesses leftovers, long execution) {
        Map<String, String> env = new HashMap<>(leftovers.marks());
        env.put("BATON_EXECUTION_ID", Long.toString(execution));
        return env;
    }

    private static boolean running(Process process) {
        return LinuxProcesses.isRunning(process.pid());
    }

    @Test
    void aProcessItsRunnerDiedBeforeRecordingIsEndedWithItsChildren() throws Exception {
        assumeTrue(java.nio.file.Files.isDirectory(java.nio.file.Path.of("/proc/self")), "Linux shows processes' environments");
        LeftoverProcesses leftovers = leftovers();
        // killed between starting the process and recording it: only the process's marks say whose it is
        Process unrecorded = stageProcess(env(leftovers, 42));
        List<ProcessHandle> children = unrecorded.descendants().toList();
        Process otherExecution = stageProcess(env(leftovers, 43));
        Map<String, String> otherRunner = env(leftovers, 42);
        otherRunner.put(LeftoverProcesses.RUNNER, "1@1");
        Process ofAnotherRunner = stageProcess(otherRunner);

        int ended = leftovers.endLeftovers(42, Optional.of(ProcessIdentity.current()));

        assertEquals(1, ended);
        assertFalse(running(unrecorded), "the unrecorded process was ended");
        children.forEach(child -> assertFalse(LinuxProcesses.isRunning(child.pid()), "its child " + child.pid() + " was ended"));
        assertTrue(running(otherExecution), "another execution's process runs on");
        assertTrue(running(ofAnotherRunner), "another runner's process runs on");
    }

    @Test
    void aRecordedProcessAndItsGroupAreGoneWhenTheCallReturns() throws Exception {
        LeftoverProcesses leftovers = leftovers();
        Process recorded = stageProcess(env(leftovers, 7));
        List<ProcessHandle> children = recorded.descendants().toList();
        leftovers.started(recorded.toHandle(), env(leftovers, 7));

        int ended = leftovers.endLeftovers(7, Optional.empty());

        assertEquals(1, ended);
        assertFalse(running(recorded));
        children.forEach(child -> assertFalse(LinuxProcesses.isRunning(child.pid()), "its child " + child.pid() + " was ended"));
        assertEquals(0, leftovers.endLeftovers(7, Optional.empty()), "it was forgotten");
    }
}
