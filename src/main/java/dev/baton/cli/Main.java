package dev.baton.cli;

import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code baton} command. {@code baton --pipeline FILE …} without a subcommand means
 * {@code baton run --pipeline FILE …}.
 */
public final class Main {

    private static final Set<String> NO_IMPLICIT_RUN = Set.of("-h", "--help", "-V", "--version");

    private Main() {
    }

    public static void main(String[] args) {
        if (!(args.length > 0 && NO_IMPLICIT_RUN.contains(args[0]))) {
            dev.baton.runtime.Baton.warmUp();
        }
        Logging.toFile();
        dev.baton.runtime.SeRuntime.install();
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int execute(String... args) {
        CommandLine cli = BatonCommand.commandLine();
        return cli.execute(withImplicitRun(cli, args));
    }

    static String[] withImplicitRun(CommandLine cli, String[] args) {
        if (args.length == 0 || cli.getSubcommands().containsKey(args[0]) || NO_IMPLICIT_RUN.contains(args[0])) {
            return args;
        }
        List<String> all = new ArrayList<>(List.of("run"));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }
}
