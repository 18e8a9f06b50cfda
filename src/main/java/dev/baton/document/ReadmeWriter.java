package dev.baton.document;

import dev.baton.role.FileRoles;
import dev.baton.role.Words;

import java.util.ArrayList;
import java.util.List;

/**
 * Drafts a README: the brand as title with a one-line pitch, Description, Features, the sections
 * the task requests (design system, marketing messaging, screenshots…), Setup and Usage fitted to
 * the kind of product and the files it knows of, Project Structure, and License.
 */
public final class ReadmeWriter {

    private ReadmeWriter() {
    }

    /** The README for an assignment. */
    public static String write(Assignment a) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(a.design().brand()).append("\n\n");
        md.append("> ").append(a.design().tone().lead(a.design().brand(), a.ideaPhrase())).append("\n\n");
        md.append("## Description\n\n").append(a.design().brand()).append(" is ").append(a.ideaPhrase())
                .append(". This repository holds its ").append(a.domain().noun()).append(".");
        a.product().ifPresent(p -> md.append(" The requirements are in `").append(p.source()).append("`."));
        md.append("\n\n## Features\n\n");
        a.features().forEach(f -> md.append("- **").append(f.title()).append("**: ").append(a.fill(f.description())).append('\n'));
        md.append('\n');
        for (String item : a.task().requested()) {
            String heading = ExtraSections.heading(item);
            if (isStandard(heading) || PrdWriter.covered(md.toString(), item)) {
                continue;
            }
            md.append(ExtraSections.write(item, a));
        }
        md.append("## Setup\n\n").append(setup(a)).append('\n');
        md.append("## Usage\n\n").append(usage(a)).append('\n');
        List<String> files = a.knownFiles();
        if (!files.isEmpty()) {
            md.append("## Project Structure\n\n");
            files.forEach(f -> md.append("- `").append(f).append("`: ").append(FileRoles.describe(f)).append('\n'));
            md.append('\n');
        }
        md.append(FeedbackSection.write(a.feedback(), md.toString(), new ArrayList<>()));
        md.append("## License\n\nNo license has been chosen yet. Add a `LICENSE` file (for example MIT or Apache-2.0)")
                .append(" before publishing; until then all rights are reserved by the authors.\n");
        return md.toString();
    }

    /** Whether a requested item is one of the README's own sections (setup, usage, license, description). */
    private static boolean isStandard(String heading) {
        String h = heading.toLowerCase(java.util.Locale.ROOT);
        return h.contains("setup") || h.contains("install") || h.contains("usage") || h.contains("example")
                || h.contains("license") || h.contains("licence") || h.contains("description") || h.equals("features");
    }

    private static String setup(Assignment a) {
        String module = FileRoles.pythonModule(a.knownFiles()).orElse(Words.snake(Words.nameOf(a.idea())));
        return switch (a.domain().key()) {
            case "api" -> "1. Install Python 3.10 or later.\n2. Install the dependencies: `pip install fastapi uvicorn`.\n"
                    + "3. Start the service: `uvicorn " + module + ":app --reload`.\n";
            case "data", "tool" -> "1. Install Python 3.10 or later.\n2. Create a virtual environment:"
                    + " `python3 -m venv .venv && . .venv/bin/activate`.\n3. Check the entry point: `python3 " + module + ".py --help`.\n";
            default -> "No build step is needed: the " + a.domain().noun() + " is static HTML and CSS.\n\n"
                    + "1. Open `index.html` in a browser, or\n2. serve the folder: `python3 -m http.server 8000`,"
                    + " then visit http://localhost:8000/.\n";
        };
    }

    private static String usage(Assignment a) {
        String module = FileRoles.pythonModule(a.knownFiles()).orElse(Words.snake(Words.nameOf(a.idea())));
        return switch (a.domain().key()) {
            case "api" -> "```sh\ncurl http://localhost:8000/health\ncurl http://localhost:8000/items\n"
                    + "curl -X POST http://localhost:8000/items -H 'Content-Type: application/json' -d '{\"name\": \"example\"}'\n```\n\n"
                    + "Interactive documentation: http://localhost:8000/docs\n";
            case "data" -> "```sh\npython3 " + module + ".py --source data/input.csv --target out/\n```\n\n"
                    + "Each run prints rows read, rejected and written.\n";
            case "tool" -> "```sh\npython3 " + module + ".py content/ site/\n```\n\nThe output folder receives one file per input file.\n";
            default -> "- Change the brand colour in one place: the `--brand` custom property in `styles.css`; text colours"
                    + " on it were chosen for a contrast of at least 4.5:1, so check contrast again after a change.\n"
                    + "- Edit the copy directly in `index.html`; keep one `<h1>` and the heading order.\n"
                    + "- The call to action (\"" + a.design().tone().callToAction() + "\") leads to the contact form.\n";
        };
    }
}
