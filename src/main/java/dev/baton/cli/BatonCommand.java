package dev.baton.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line: its subcommands, help and version. */
@Command(name = "baton",
        mixinStandardHelpOptions = true,
        versionProvider = BatonCommand.Version.class,
        description = "Runs multi-agent pipelines written in YAML as Jakarta Batch jobs.",
        subcommands = {RunCommand.class, TranslateCommand.class, ValidateCommand.class})
public final class BatonCommand {

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
