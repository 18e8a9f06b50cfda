package dev.baton.pipeline;

import dev.baton.plan.Mode;
import dev.baton.plan.Plan;
import dev.baton.plan.PlanOptions;
import dev.baton.plan.Planner;
import dev.baton.runtime.Baton;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The outcome of every seed pipeline, as text: what {@code baton validate} says with the agents
 * and advisors installed now, and the plan its dependencies give when every role the seed
 * framework had is known. {@link #main} writes the expectations; {@link SeedCorpusTests} compares.
 */
final class SeedCorpus {

    /** The seed framework's roles, and the ones its gallery and presets name (the quality-gate issue provides them). */
    static final Set<String> SEED_AGENTS = Set.of("RequirementsDraftingAgent", "PromptRefinerAgent", "CodeSkeletonAgent",
            "StaticLinterAgent", "AccessibilityAuditAgent", "ZipPackagerAgent", "ScreenshotAgent", "CodeSkeletonMarketingAgent");
    static final Set<String> SEED_ADVISORS = Set.of("RequirementsAdvisor", "PromptRefinerAdvisor", "CodeReviewAdvisor",
            "StaticLinterAdvisor", "AccessibilityAuditAdvisor", "SecurityAdvisor", "ArchitectureAdvisor");

    static final Path EXPECTATIONS = Path.of("src/test/resources/seed-expectations");

    private SeedCorpus() {
    }

    static Path root() {
        return Path.of(System.getProperty("seed.pipelines", "src/test/resources/seed-pipelines")).toAbsolutePath().normalize();
    }

    static List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(root())) {
            return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /** The expectation file of a seed file. */
    static Path expectation(Path seed) {
        return EXPECTATIONS.resolve(root().relativize(seed).toString().replaceAll("\\.yaml$", ".txt"));
    }

    /** The outcome of one seed file, as the expectation files hold it. */
    static String outcome(Path file, Catalog installed) throws IOException {
        String name = root().relativize(file).toString();
        StringBuilder out = new StringBuilder();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        boolean presets = text.lines().anyMatch(l -> l.startsWith("presets:") || l.startsWith("preset_name:"));
        out.append("# ").append(name).append(presets ? " (presets)" : " (pipeline)").append('\n');
        out.append("## with the installed agents and advisors\n");
        if (presets) {
            PresetResult result = new PresetLoader(installed).load(text, name);
            appendPresets(out, result);
            out.append("## with every role of the seed framework known\n");
            appendPresets(out, new PresetLoader(seedRoles(installed)).load(text, name));
            return out.toString();
        }
        PipelineLoader loader = new PipelineLoader(installed);
        append(out, loader.load(text, name, "seed"));
        out.append("## with every role of the seed framework known\n");
        append(out, new PipelineLoader(seedRoles(installed)).load(text, name, "seed"));
        return out.toString();
    }

    private static void append(StringBuilder out, LoadResult result) {
        if (result instanceof LoadResult.Invalid invalid) {
            invalid.problems().forEach(p -> out.append("error ").append(p.position()).append(' ').append(p.message()).append('\n'));
            return;
        }
        Pipeline p = ((LoadResult.Loaded) result).pipeline();
        Plan plan = Planner.plan(p, new PlanOptions(Mode.PARALLEL, 4));
        out.append("valid: ").append(p.stages().size()).append(" stages in ").append(plan.waves().size()).append(" waves\n");
        for (Stage s : p.stages()) {
            out.append("wave ").append(plan.waveOf().get(s.name())).append(": ").append(s.name())
                    .append(" <- ").append(s.dependencies()).append('\n');
        }
    }

    private static void appendPresets(StringBuilder out, PresetResult result) {
        if (result instanceof PresetResult.Invalid invalid) {
            invalid.problems().forEach(p -> out.append("error ").append(p.position()).append(' ').append(p.message()).append('\n'));
            return;
        }
        ((PresetResult.Loaded) result).presets().forEach((name, preset) -> out.append("preset ").append(name)
                .append(": thresholds ").append(new java.util.TreeMap<>(preset.policy().thresholds()))
                .append(", retries ").append(new java.util.TreeMap<>(preset.policy().retries()))
                .append(", panels ").append(new java.util.TreeMap<>(preset.policy().advisors()).keySet())
                .append(preset.policy().council() == null ? "" : ", council " + preset.policy().council().advisors())
                .append('\n'));
    }

    /**
     * The installed names plus the seed's roles: the catalog under which only the names that never
     * existed (ProductManager, ProductManagerAdvisor, AccessibilityAuditorAgent) remain errors.
     */
    static Catalog seedRoles(Catalog installed) {
        Set<String> agents = new HashSet<>(installed.agents());
        Set<String> advisors = new HashSet<>(installed.advisors());
        agents.addAll(SEED_AGENTS);
        advisors.addAll(SEED_ADVISORS);
        return new Catalog(agents, advisors);
    }

    /** Writes the expectation of every seed file. */
    public static void main(String[] args) throws IOException {
        Catalog installed = new Baton().catalog();
        for (Path file : files()) {
            Path target = expectation(file);
            Files.createDirectories(target.getParent());
            Files.writeString(target, outcome(file, installed), StandardCharsets.UTF_8);
        }
        System.exit(0);
    }
}
