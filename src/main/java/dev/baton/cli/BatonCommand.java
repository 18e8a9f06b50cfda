package dev.baton.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line: its subcommands, help and version. */
@Command(name = "baton",
        mixinStandardHelpOptions = true,
        versionProvider = BatonCommand.Version.class,
        description = "Runs multi-agent pipelines written in YAML as Jakarta Batch jobs.",
        subcommands = {RunCommand.class, TranslateCommand.class, ValidateCommand.class, RestartCommand.class,
                StatusCommand.class, ListCommand.class, StopCommand.class, AbandonCommand.class, ServeCommand.class})
public final class BatonCommand {

    /** The job repository for this command (every subcommand takes it). */
    @CommandLine.Option(names = "--repository", paramLabel = "JDBC_URL", scope = CommandLine.ScopeType.INHERIT,
            description = {"The job repository: jdbc:postgresql://HOST:PORT/DB, or jdbc:h2:…",
                    "(default: $BATON_REPOSITORY, else the embedded H2 database in $BATON_HOME).",
                    "User and password come from $BATON_REPOSITORY_USER and $BATON_REPOSITORY_PASSWORD."})
    void repository(String url) {
        System.setProperty(dev.baton.runtime.RepositorySettings.PROPERTY, url);
    }

    /** The configured command line. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new BatonCommand());
        cli.setExecutionExceptionHandler(new Errors());
        cli.setParameterExceptionHandler(new Errors());
        return cli;
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = BatonCommand.class.getPackage().getImplementationVersion();
            return new String[] {"baton " + (v == null ? "(development)" : v)};
        }
    }
}
