package dev.baton.record;

import java.nio.file.Path;

/**
 * Where Baton keeps its files: the system property {@value #PROPERTY}, else the environment
 * variable {@value #ENV}, else, in WildFly, {@code baton} in the server's data folder
 * ({@code ${jboss.server.data.dir}/baton}), else {@code .baton} in the working directory. It holds {@code jobs/}
 * (stored translations), {@code runs/INSTANCE_ID/} (each run's folder: artifacts,
 * {@code events.jsonl}) and, for the embedded repository, {@code repository/}.
 */
public final class BatonHome {

    public static final String PROPERTY = "baton.home";
    public static final String ENV = "BATON_HOME";
    /** WildFly's data folder, a system property of the server. */
    public static final String SERVER_DATA_DIR = "jboss.server.data.dir";

    private BatonHome() {
    }

    /** The home folder, absolute. */
    public static Path current() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(ENV);
        }
        if (configured == null || configured.isBlank()) {
            String serverData = System.getProperty(SERVER_DATA_DIR);
            configured = serverData == null || serverData.isBlank() ? ".baton" : Path.of(serverData, "baton").toString();
        }
        return Path.of(configured).toAbsolutePath().normalize();
    }

    /** The folder of stored job translations. */
    public static Path jobs(Path home) {
        return home.resolve("jobs");
    }

    /** The folder of one run: one job instance, across its restarts. */
    public static Path run(Path home, long instanceId) {
        return home.resolve("runs").resolve(Long.toString(instanceId));
    }
}
