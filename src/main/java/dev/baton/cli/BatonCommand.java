package dev.baton.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line: its subcommands, help and version. */
@Command(name = "baton",
        mixinStandardHelpOptions = true,
        versionProvider = BatonCommand.Version.class,
        description = "Runs multi-agent pipelines written in YAML as Jakarta Batch jobs.")
public final class BatonCommand {

    /** The subcommands by name, in the order help lists them. */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands(RunCommand.class, TranslateCommand.class,
            ValidateCommand.class, RestartCommand.class, StatusCommand.class, ListCommand.class, StopCommand.class,
            AbandonCommand.class, ServeCommand.class,
            DoctorCommand.class, CleanCommand.class, BrokerCommand.class, WorkerCommand.class);

    /** The job repository for this command (every subcommand takes it). */
    @CommandLine.Option(names = "--repository", paramLabel = "JDBC_URL", scope = CommandLine.ScopeType.INHERIT,
            description = {"The job repository: jdbc:postgresql://HOST:PORT/DB, or jdbc:h2:…",
                    "(default: $BATON_REPOSITORY, else the embedded H2 database in $BATON_HOME).",
                    "User and password come from $BATON_REPOSITORY_USER and $BATON_REPOSITORY_PASSWORD."})
    void repository(String url) {
        System.setProperty(dev.baton.runtime.RepositorySettings.PROPERTY, url);
    }

    /** Where traces and metrics go (issue 13): the standard OTLP setting, as a flag. */
    @CommandLine.Option(names = "--otel-endpoint", paramLabel = "URL", scope = CommandLine.ScopeType.INHERIT,
            description = {"Send traces and metrics over OTLP/HTTP to URL, e.g. http://127.0.0.1:4318",
                    "(default: $OTEL_EXPORTER_OTLP_ENDPOINT; off when neither is set). Every OTEL_* variable applies."})
    void otelEndpoint(String url) {
        System.setProperty("otel.exporter.otlp.endpoint", url);
    }

    /** The service name of the traces and metrics. */
    @CommandLine.Option(names = "--otel-service", paramLabel = "NAME", scope = CommandLine.ScopeType.INHERIT,
            description = "The service name of traces and metrics (default: $OTEL_SERVICE_NAME, else baton).")
    void otelService(String name) {
        System.setProperty("otel.service.name", name);
    }

    /** Whether prompts and answers go into the traces. */
    @CommandLine.Option(names = "--otel-capture-content", scope = CommandLine.ScopeType.INHERIT,
            description = {"Record prompts and model answers on the model-call spans (off by default: they may be private;",
                    "same as OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true)."})
    void otelCaptureContent(boolean on) {
        if (on) {
            System.setProperty("otel.instrumentation.genai.capture.message.content", "true");
        }
    }

    /**
     * The configured command line for these arguments. When they name a subcommand, only that one
     * is built (picocli builds a command's model by reflection, which costs a noticeable part of a
     * start); otherwise, for help or a mistake, all of them.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new BatonCommand());
        Class<?> only = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
        for (Class<?> command : only != null ? List.<Class<?>>of(only) : SUBCOMMANDS.values()) {
            cli.addSubcommand(command);
        }
        cli.setExecutionExceptionHandler(new Errors());
        cli.setParameterExceptionHandler(new Errors());
        return cli;
    }

    private static Map<String, Class<?>> subcommands(Class<?>... commands) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> c : commands) {
            byName.put(c.getAnnotation(CommandLine.Command.class).name(), c);
        }
        return Collections.unmodifiableMap(byName);
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
