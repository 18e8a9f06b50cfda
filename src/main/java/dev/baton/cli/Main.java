package dev.baton.cli;

import dev.baton.record.BatonHome;
import dev.baton.runtime.PrivateHome;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code baton} command. {@code baton --pipeline FILE …} without a subcommand means
 * {@code baton run --pipeline FILE …}.
 */
public final class Main {

    /** The system property that leaves the REST API's beans out of the CDI container. */
    static final String REST_OFF = "baton.rest.off";

    private static final Set<String> NO_IMPLICIT_RUN = Set.of("-h", "--help", "-V", "--version");

    private Main() {
    }

    public static void main(String[] args) {
        if (!(args.length > 0 && args[0].equals("serve"))) {
            System.setProperty(REST_OFF, "true"); // the REST API's beans stay out of the container (META-INF/beans.xml)
        }
        boolean onServer = onServer(withImplicitRun(args));
        if (!(args.length > 0 && NO_IMPLICIT_RUN.contains(args[0])) && !onServer) {
            dev.baton.runtime.Baton.warmUp();
        }
        try {
            PrivateHome.prepare(BatonHome.current());
        } catch (PrivateHome.NotPrivate e) {
            System.err.println("baton: " + e.getMessage());
            System.exit(ExitCodes.INVALID);
        }
        Logging.toFile();
        if (!onServer) {
            dev.baton.runtime.SeRuntime.install();
        }
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int execute(String... args) {
        String[] full = withImplicitRun(args);
        return BatonCommand.commandLine(full).execute(full);
    }

    /**
     * Whether these arguments run or restart a pipeline on a server ({@code run --server}, {@code restart --server}, or either with
     * {@code BATON_SERVER} set; an empty {@code --server} runs here): this process then starts no batch runtime of its own.
     */
    static boolean onServer(String[] full) {
        if (full.length == 0 || !(full[0].equals("run") || full[0].equals("restart"))) {
            return false;
        }
        String server = System.getenv(RunCommand.SERVER_VARIABLE);
        for (int i = 1; i < full.length; i++) {
            if (full[i].equals("--server")) {
                server = i + 1 < full.length ? full[i + 1] : null;
            } else if (full[i].startsWith("--server=")) {
                server = full[i].substring("--server=".length());
            }
        }
        return server != null && !server.isBlank();
    }

    static String[] withImplicitRun(String[] args) {
        if (args.length == 0 || BatonCommand.SUBCOMMANDS.containsKey(args[0]) || NO_IMPLICIT_RUN.contains(args[0])) {
            return args;
        }
        List<String> all = new ArrayList<>(List.of("run"));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }
}
