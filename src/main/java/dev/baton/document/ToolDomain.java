package dev.baton.document;

import java.util.List;

/** A developer tool: a generator, a converter, a command-line program or a library. */
final class ToolDomain {

    static final DomainProfile PROFILE = new DomainProfile("tool", "tool",
            List.of("A new user produces a first result within 5 minutes of installing it.",
                    "A typical input (100 files) is processed in under 5 seconds.",
                    "Every error message names the file and line and says how to fix it.",
                    "The same input always gives the same output, byte for byte."),
            List.of(new Persona("Author", "to turn their input into a finished result with one command"),
                    new Persona("Maintainer", "clear structure and tests so that changes are safe"),
                    new Persona("Contributor", "to add a feature without reading the whole code base")),
            List.of(new Feature("Input parsing", "Read the input files and report problems with file and line."),
                    new Feature("Output generation", "Write the result files to an output folder."),
                    new Feature("Configuration", "Options in a small configuration file, with sensible defaults."),
                    new Feature("Command-line interface", "One command with --help, clear exit codes and quiet output."),
                    new Feature("Deterministic builds", "The same input gives the same output.")),
            List.of(new Story("Author", "to convert one input file with a single command", "I see a result at once",
                            "a valid input file", "I run the tool on it", "the output file is written and the exit code is 0"),
                    new Story("Author", "to process a whole folder", "I can build everything in one go",
                            "a folder of 100 input files", "I run the tool on the folder",
                            "100 output files are written in under 5 seconds"),
                    new Story("Author", "errors that name the file and line", "I can fix my input quickly",
                            "an input file with a syntax error on line 12", "I run the tool",
                            "it exits with a non-zero code and the message names the file and line 12"),
                    new Story("Maintainer", "to configure output and templates in one file", "projects stay consistent",
                            "a configuration file that sets the output folder", "I run the tool",
                            "the output goes to that folder"),
                    new Story("Contributor", "a --help that lists every option", "I learn the tool without the source",
                            "the tool is installed", "I run it with --help", "every option is listed with its default")),
            "A folder of 100 typical input files processed in under 5 seconds on a laptop.",
            List.of("A graphical user interface", "A plug-in marketplace", "Hosting of the output"),
            List.of("Which input features must the first version support?",
                    "Which platforms and runtime versions must it run on?",
                    "How is it distributed: a package registry, a single binary, or both?"));

    private ToolDomain() {
    }
}
