package dev.baton.document;

import dev.baton.role.Words;

import java.util.List;
import java.util.Locale;

/**
 * Sections a task may request beyond a document's own (its "Include:" items): marketing
 * messaging, call-to-action strategy, success metrics, milestones, risks, brand and design,
 * features. An item this class does not know gets a section that says it still needs input,
 * never invented content.
 */
public final class ExtraSections {

    private ExtraSections() {
    }

    /** The Markdown section for a requested item (heading included), ending with a blank line. */
    public static String write(String item, Assignment a) {
        String heading = heading(item);
        String key = item.toLowerCase(Locale.ROOT);
        StringBuilder md = new StringBuilder("## ").append(heading).append("\n\n");
        if (key.contains("messag") || key.contains("marketing")) {
            md.append(messaging(a));
        } else if (key.contains("cta") || key.contains("call to action") || key.contains("call-to-action")) {
            md.append(callToAction(a));
        } else if (key.contains("metric") || key.contains("kpi") || key.contains("success")) {
            a.domain().goals().forEach(g -> md.append("- ").append(a.fill(g)).append('\n'));
        } else if (key.contains("milestone") || key.contains("timeline") || key.contains("roadmap")) {
            md.append("1. **Skeleton**: the page or service structure, passing lint and accessibility checks.\n")
                    .append("2. **Content**: real copy, images and data reviewed by the owner.\n")
                    .append("3. **Launch**: deployed, measured against the goals above.\n");
        } else if (key.contains("risk")) {
            md.append("- Copy and images arrive late: the skeleton ships with clearly marked placeholders.\n")
                    .append("- Brand colours fail contrast: text colours are computed to keep 4.5:1.\n")
                    .append("- Scope grows: anything outside Scope waits for the next version.\n");
        } else if (key.contains("design") || key.contains("brand") || key.contains("style")) {
            md.append(DesignSection.body(a.design()));
        } else if (key.contains("screenshot")) {
            md.append(screenshots(a));
        } else if (key.contains("feature")) {
            a.features().forEach(f -> md.append("- **").append(f.title()).append("**: ").append(f.description()).append('\n'));
        } else {
            md.append("Not yet specified: the task asks for \"").append(item.strip())
                    .append("\", which needs input from the product owner. It is listed under Open Questions.\n");
        }
        return md.append('\n').toString();
    }

    /** The heading for a requested item: "Screenshots section (full page)" → "Screenshots". */
    public static String heading(String item) {
        String core = item.replaceAll("\\(.*?\\)", "").replaceAll("(?i)\\s+section$", "").strip();
        return Words.titleCase(core.isEmpty() ? item.strip() : core);
    }

    /** Whether {@link #write} knows what to put in the section for this item. */
    public static boolean knows(String item) {
        String key = item.toLowerCase(Locale.ROOT);
        return List.of("messag", "marketing", "cta", "call to action", "call-to-action", "metric", "kpi", "success",
                "milestone", "timeline", "roadmap", "risk", "design", "brand", "style", "screenshot", "feature").stream().anyMatch(key::contains);
    }

    private static String messaging(Assignment a) {
        String brand = a.design().brand();
        List<Feature> features = a.features();
        StringBuilder md = new StringBuilder();
        md.append("- **Headline**: ").append(Words.capitalize(a.design().tone().lead(brand, a.ideaPhrase()))).append('\n');
        md.append("- **Voice**: ").append(a.design().tone().label()).append(" — ").append(switch (a.design().tone()) {
            case MINIMAL -> "short sentences, no superlatives, one idea per line.";
            case PLAYFUL -> "warm, lively, a little humour, exclamation marks used sparingly.";
            case PROFESSIONAL -> "plain and confident, concrete benefits, no jargon.";
        }).append('\n');
        md.append("- **Value propositions**:\n");
        features.stream().limit(3).forEach(f -> md.append("  - ").append(f.title()).append(": ").append(f.description()).append('\n'));
        md.append("- **Proof**: real customer quotes and numbers replace the skeleton's placeholders before launch.\n");
        return md.toString();
    }

    private static String screenshots(Assignment a) {
        List<String> images = a.upstream().artifacts().stream().filter(p -> p.endsWith(".png") || p.endsWith(".jpg")).toList();
        if (images.isEmpty()) {
            return "No screenshot was among this stage's inputs. Open the page in a browser (or run the pipeline's"
                    + " screenshot stage) and add the image here, e.g. `![Home page](screenshots/preview.png)`.\n";
        }
        StringBuilder md = new StringBuilder();
        images.forEach(p -> md.append("![").append(a.design().brand()).append(" preview](").append(p).append(")\n\n"));
        return md.toString();
    }

    private static String callToAction(Assignment a) {
        String label = a.design().tone().callToAction();
        return "- **Primary action**: \"" + label + "\", one button style, the brand colour with computed text colour.\n"
                + "- **Placement**: in the hero (visible without scrolling), after the features, and in the footer.\n"
                + "- **Target**: the contact form on the same page; no dead ends.\n"
                + "- **Measure**: share of visitors who use the action, against the goal above.\n";
    }
}
