package dev.baton.runtime;

import java.net.InetAddress;
import java.time.Instant;

/**
 * A process, as recorded beside the executions it runs: host, pid and start time (the start time
 * tells a live process from a new one that reused the pid).
 *
 * @param host      the host name
 * @param pid       the process id
 * @param startedAt the process's start, epoch milliseconds
 */
public record ProcessIdentity(String host, long pid, long startedAt) {

    private static final ProcessIdentity CURRENT = current0();

    /** This process. */
    public static ProcessIdentity current() {
        return CURRENT;
    }

    /** Whether a process of this identity runs now; decidable only on its own host. */
    public boolean isAliveOnThisHost() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .map(h -> h.info().startInstant().map(Instant::toEpochMilli).map(s -> Math.abs(s - startedAt) < 2_000).orElse(true))
                .orElse(false);
    }

    /** Whether it was recorded on this host. */
    public boolean isOnThisHost() {
        return host.equals(CURRENT.host);
    }

    @Override
    public String toString() {
        return "process " + pid + " on " + host;
    }

    private static ProcessIdentity current0() {
        ProcessHandle self = ProcessHandle.current();
        long started = self.info().startInstant().map(Instant::toEpochMilli).orElse(System.currentTimeMillis());
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (Exception e) {
                host = "localhost";
            }
        }
        return new ProcessIdentity(host, self.pid(), started);
    }
}
