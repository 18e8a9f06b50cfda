package dev.baton.document;

import dev.baton.findings.FindingsBlock;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of document the seed's pipelines ask for, each with the sections it needs: writers
 * write them and advisors measure against them, so that both hold the same idea of complete.
 */
public enum DocumentKind {
    PRD("product requirements document", 300, List.of(
            SectionSpec.of("Summary", "a short paragraph on what the product is and for whom", "overview", "introduction"),
            SectionSpec.of("Goals", "measurable goals as a list", "objectives"),
            SectionSpec.of("Personas", "who the users are and what they need", "users", "audience"),
            SectionSpec.of("User Stories", "stories in the form 'As a …, I want …, so that …'", "stories"),
            SectionSpec.of("Acceptance Criteria", "testable criteria (Given/When/Then or a checklist)", "acceptance"),
            SectionSpec.of("Non-Functional Requirements", "performance, accessibility (WCAG 2.1 AA), security and privacy",
                    "non functional", "quality attributes", "constraints"),
            SectionSpec.of("Scope", "what is in scope and what is out of scope", "out of scope"),
            SectionSpec.of("Open Questions", "questions still to decide", "questions", "risks"))),
    README("README", 150, List.of(
            SectionSpec.of("Description", "what the project is, in a paragraph", "overview", "about", "summary", "project description"),
            SectionSpec.of("Setup", "how to install or open it, step by step", "installation", "getting started", "install", "setup instructions"),
            SectionSpec.of("Usage", "how to use it, with an example", "examples", "how to use", "usage examples"),
            SectionSpec.of("License", "the license it is under", "licence"))),
    API_GUIDE("API guide", 150, List.of(
            SectionSpec.of("Overview", "what the API offers and its base URL", "introduction", "summary"),
            SectionSpec.of("Endpoints", "each endpoint with method, path and purpose", "api reference", "routes", "reference"),
            SectionSpec.of("Usage", "example requests and responses", "examples", "usage guide", "quick start"),
            SectionSpec.of("Errors", "status codes and error bodies", "error handling", "status codes"))),
    REVIEW("review", 120, List.of(
            SectionSpec.of("Summary", "the overall verdict in a paragraph", "overview", "verdict"),
            SectionSpec.of("Artifacts", "each artifact reviewed, with what was checked", "artifacts reviewed", "deliverables"),
            SectionSpec.of("Findings", "the problems found, or that none were", "issues", "observations"),
            SectionSpec.of("Recommendations", "what to do next", "next steps", "recommendation"))),
    PROMPT("refined prompt", 120, List.of(
            SectionSpec.of("Goal", "what the next agent must produce", "objective", "task"),
            SectionSpec.of("Context", "what is known: the product, its users, the upstream requirements", "background"),
            SectionSpec.of("Constraints", "rules the output must respect (accessibility, performance, security)", "requirements", "rules"),
            SectionSpec.of("Acceptance Checklist", "checkable items that say when the output is done", "acceptance", "checklist", "definition of done"))),
    REPORT("report", 40, List.of(
            SectionSpec.of("Scope", "what was checked and with which rules", "checked"),
            SectionSpec.of("Summary", "counts of errors, warnings and notes", "result"),
            SectionSpec.of("Findings", "each finding with file, line and fix, or that none were found", "issues"),
            SectionSpec.of("Recommendations", "what to fix first", "next steps", "fixes"))),
    DOCUMENT("document", 80, List.of(
            SectionSpec.of("Overview", "what the document is about", "summary", "introduction", "description")));

    private final String label;
    private final int minimumWords;
    private final List<SectionSpec> sections;

    DocumentKind(String label, int minimumWords, List<SectionSpec> sections) {
        this.label = label;
        this.minimumWords = minimumWords;
        this.sections = sections;
    }

    /** What people call it: "README", "product requirements document". */
    public String label() {
        return label;
    }

    /** Fewer words than this and the document is too thin to do its job. */
    public int minimumWords() {
        return minimumWords;
    }

    public List<SectionSpec> sections() {
        return sections;
    }

    /**
     * The kind a task asks for, from its words ("README", "API documentation", "review of",
     * "refine"/"prompt", "PRD"/"requirements"/"product definition", "report"/"audit"/"lint"),
     * else the kind the text looks like, else {@code fallback}.
     */
    public static DocumentKind of(String task, String text, DocumentKind fallback) {
        String t = task == null ? "" : task.toLowerCase(Locale.ROOT);
        String ask = t.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (ask.contains("readme")) {
            return README;
        }
        if (ask.matches(".*\\bapi (documentation|docs|guide|reference)\\b.*") || ask.contains("usage guide")) {
            return API_GUIDE;
        }
        if (ask.matches(".*\\b(final )?review of\\b.*") || ask.startsWith("review ")) {
            return REVIEW;
        }
        if (ask.matches(".*\\b(refine|refined|prompt)\\b.*")) {
            return PROMPT;
        }
        if (ask.matches(".*\\b(prd|requirements|product definition|product requirements)\\b.*")) {
            return PRD;
        }
        if (ask.matches(".*\\b(report|audit|lint)\\b.*")) {
            return REPORT;
        }
        return ofText(text, fallback);
    }

    /** The kind a text looks like: a findings report, a PRD, a refined prompt, else {@code fallback}. */
    public static DocumentKind ofText(String text, DocumentKind fallback) {
        if (text == null) {
            return fallback;
        }
        if (FindingsBlock.read(text).isPresent()) {
            return REPORT;
        }
        MarkdownOutline outline = MarkdownOutline.parse(text);
        if (outline.find("user stories").isPresent() && outline.find("acceptance").isPresent()) {
            return PRD;
        }
        if (outline.find("acceptance checklist").isPresent() && outline.find("goal").isPresent()) {
            return PROMPT;
        }
        return fallback;
    }
}
