package dev.baton.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What Linux's {@code /proc} tells about processes that Java's {@link ProcessHandle} does not: their
 * process group, their environment, and whether a process that still has a pid is only a zombie.
 * Elsewhere (no {@code /proc}) every query finds nothing.
 */
final class LinuxProcesses {

    private static final Path PROC = Path.of("/proc");

    private LinuxProcesses() {
    }

    /** The processes whose process group is {@code pgid}. */
    static List<Long> inGroup(long pgid) {
        return matching(pid -> stat(pid).map(fields -> Long.parseLong(fields[2]) == pgid).orElse(false));
    }

    /**
     * The processes whose environment holds every one of {@code entries} ({@code NAME=value});
     * only processes this user may read are seen.
     */
    static List<Long> withEnvironment(Set<String> entries) {
        return matching(pid -> {
            try {
                byte[] environ = Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("environ"));
                Set<String> present = new HashSet<>(Arrays.asList(new String(environ, StandardCharsets.UTF_8).split("\0")));
                return present.containsAll(entries);
            } catch (IOException | RuntimeException gone) {
                return false;
            }
        });
    }

    /**
     * Whether the process still runs: it has a pid that is not a zombie's (a zombie has ended, and
     * waits only for its parent, or init, to collect its status).
     */
    static boolean isRunning(long pid) {
        if (!Files.isDirectory(PROC)) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
        return stat(pid).map(fields -> !fields[0].equals("Z") && !fields[0].equals("X")).orElse(false);
    }

    /** The fields of {@code /proc/PID/stat} after the command name: state, ppid, pgrp, ...; empty once it is gone. */
    private static java.util.Optional<String[]> stat(long pid) {
        try {
            String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
            // pid (comm) state ppid pgrp ...: the command name may hold spaces and parentheses
            return java.util.Optional.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
        } catch (IOException | RuntimeException gone) {
            return java.util.Optional.empty();
        }
    }

    private static List<Long> matching(Predicate<Long> test) {
        if (!Files.isDirectory(PROC)) {
            return List.of();
        }
        List<Long> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(PROC)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String name = entry.getFileName().toString();
                if (!name.isEmpty() && name.chars().allMatch(Character::isDigit) && test.test(Long.parseLong(name))) {
                    found.add(Long.parseLong(name));
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return found;
    }
}
