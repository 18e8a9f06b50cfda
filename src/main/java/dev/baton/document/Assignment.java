package dev.baton.document;

import dev.baton.agent.AgentRequest;
import dev.baton.role.TaskBrief;
import dev.baton.role.Upstream;
import dev.baton.role.Words;
import dev.baton.role.Workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a role was asked and what it has to work with, read once from its request: the task, the
 * idea (memory {@code product_idea}, else the product an upstream requirements document names,
 * else what the task is "for", else its first line), the design variables, the domain profile,
 * the upstream outputs, the text of its input files, the product facts of an upstream PRD, and
 * the review to address.
 *
 * @param request  the agent's request
 * @param task     the task, read
 * @param idea     the product idea, as written
 * @param design   brand, colour, tone, font
 * @param domain   what kind of product it is
 * @param upstream the outputs of the stages it depends on
 * @param inputs   the text of each declared input that exists in the run folder and is text, by path
 * @param product  what an upstream requirements document says, if there is one
 * @param feedback the review to address: the stage's last review, else (when asked) upstream reviews
 */
public record Assignment(AgentRequest request, TaskBrief task, String idea, DesignVariables design, DomainProfile domain,
                         Upstream upstream, Map<String, String> inputs, Optional<ProductFacts> product, ReviewNotes feedback) {

    private static final Set<String> TEXT_EXTENSIONS = Set.of("md", "markdown", "txt", "html", "htm", "css", "py", "js",
            "mjs", "ts", "json", "yaml", "yml", "xml", "csv", "sql", "java", "sh", "toml", "ini");

    /**
     * Reads a request.
     *
     * @param upstreamFeedback whether, without a last review of its own, the role addresses upstream reviews
     */
    public static Assignment of(AgentRequest request, boolean upstreamFeedback) {
        TaskBrief task = TaskBrief.of(request.task());
        Upstream upstream = Upstream.of(request.memory());
        Workspace workspace = Workspace.of(request.runFolder());
        Map<String, String> inputs = new LinkedHashMap<>();
        for (String input : request.inputs()) {
            if (isText(input)) {
                workspace.text(input).ifPresent(text -> inputs.put(input, text));
            }
        }
        List<String> sources = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        inputs.forEach((path, text) -> {
            if (path.endsWith(".md") || path.endsWith(".markdown") || path.endsWith(".txt")) {
                sources.add(path);
                texts.add(text);
            }
        });
        List<Upstream.Stage> nearestFirst = new ArrayList<>(upstream.stages());
        java.util.Collections.reverse(nearestFirst);
        nearestFirst.forEach(s -> {
            sources.add(s.name());
            texts.add(s.text());
        });
        Optional<ProductFacts> product = ProductFacts.first(sources, texts);
        String idea = idea(request, task, product);
        DesignVariables design = DesignVariables.of(request.memory(), task, idea);
        DomainProfile domain = DomainProfile.of(idea);
        if (domain.key().equals("web")) {
            domain = DomainProfile.of(task.text());
        }
        return new Assignment(request, task, idea, design, domain, upstream, inputs, product,
                ReviewNotes.of(request.stage(), request.memory(), upstreamFeedback));
    }

    /** The idea as a noun phrase for sentences: "a coffee shop". */
    public String ideaPhrase() {
        return Words.nounPhrase(idea);
    }

    /** A text with the brand and the idea filled in. */
    public String fill(String template) {
        return DomainProfile.fill(template, design.brand(), ideaPhrase());
    }

    /** The product's features: those of an upstream document, else the domain's. */
    public List<Feature> features() {
        List<Feature> upstreamFeatures = product.map(ProductFacts::features).orElse(List.of());
        if (upstreamFeatures.size() >= 3) {
            return upstreamFeatures;
        }
        return domain.features().stream().map(f -> new Feature(f.title(), fill(f.description()))).toList();
    }

    /** The files this stage knows of: its declared inputs, then the upstream artifacts, each once. */
    public List<String> knownFiles() {
        List<String> files = new ArrayList<>(request.inputs());
        upstream.artifacts().stream().filter(p -> !files.contains(p)).forEach(files::add);
        return files;
    }

    /** The text of a known file: an input already read, else the file in the run folder. */
    public Optional<String> read(String path) {
        if (inputs.containsKey(path)) {
            return Optional.of(inputs.get(path));
        }
        return isText(path) ? Workspace.of(request.runFolder()).text(path) : Optional.empty();
    }

    /** Whether a path names a text file, by its extension (Markdown, HTML, CSS, code, data). */
    public static boolean isText(String path) {
        int dot = path.lastIndexOf('.');
        return dot >= 0 && TEXT_EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String idea(AgentRequest request, TaskBrief task, Optional<ProductFacts> product) {
        Object remembered = request.memory().get("product_idea");
        if (remembered != null && !String.valueOf(remembered).isBlank()) {
            return String.valueOf(remembered).strip();
        }
        if (product.isPresent() && product.get().idea() != null) {
            return product.get().idea();
        }
        if (task.subject() != null) {
            return task.subject();
        }
        return task.ask().isBlank() ? request.stage() : task.ask().replaceAll("[.:]+$", "");
    }
}
