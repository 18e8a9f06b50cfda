package dev.baton.rest;

import dev.baton.record.BatonHome;
import dev.baton.runtime.Baton;
import dev.baton.runtime.BundledPipelines;
import dev.baton.message.Msg;
import dev.baton.pipeline.JobIds;
import dev.baton.pipeline.Catalog;
import dev.baton.pipeline.LoadResult;
import dev.baton.pipeline.Pipeline;
import dev.baton.pipeline.Suggestions;
import dev.baton.plan.Mode;
import dev.baton.plan.Plan;
import dev.baton.plan.PlanOptions;
import dev.baton.plan.Planner;
import dev.baton.plan.StageSpecs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The pipelines the API knows: the bundled ones (jobs of the deployment, by their job names) and
 * the YAML files of the pipelines folder ({@value #PROPERTY}, else {@value #ENV}, else
 * {@code BATON_HOME/pipelines}), where uploaded pipelines are saved too.
 */
@ApplicationScoped
public class PipelineCatalog {

    public static final String PROPERTY = "baton.pipelines";
    public static final String ENV = "BATON_PIPELINES";

    @Inject Baton baton;

    /** A pipeline the API can start: a bundled job, or a file of the folder. */
    public sealed interface Entry {
        String name();
    }

    /** A bundled pipeline, started by its job name. */
    public record Bundled(String name) implements Entry {
    }

    /** A pipeline file of the folder. */
    public record FromFile(String name, Path file) implements Entry {
    }

    /** The folder of pipeline files. */
    public Path folder() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(ENV);
        }
        if (configured == null || configured.isBlank()) {
            return BatonHome.current().resolve("pipelines");
        }
        return Path.of(configured).toAbsolutePath().normalize();
    }

    /** The names of the installed agents and advisors, which pipelines are checked against. */
    public Catalog names() {
        return baton.catalog();
    }

    /** Every pipeline, bundled first, then the folder's, each by name. */
    public List<PipelineView> all() {
        List<PipelineView> views = new ArrayList<>();
        for (String name : bundledNames()) {
            views.add(view(new Bundled(name)));
        }
        for (FromFile file : files()) {
            if (!bundledNames().contains(file.name())) {
                views.add(view(file));
            }
        }
        return views;
    }

    /**
     * The pipeline of that name.
     *
     * @throws ApiException 404 if there is none
     */
    public Entry find(String name) {
        if (bundledNames().contains(name)) {
            return new Bundled(name);
        }
        Optional<FromFile> file = files().stream().filter(f -> f.name().equals(name)).findFirst();
        if (file.isPresent()) {
            return file.get();
        }
        Set<String> known = new TreeSet<>(bundledNames());
        files().forEach(f -> known.add(f.name()));
        throw new ApiException(Response.Status.NOT_FOUND, Msg.NO_SUCH_PIPELINE, name, Suggestions.didYouMean(name, known));
    }

    /** The view of a pipeline: its plan, or its problems. */
    public PipelineView view(Entry entry) {
        if (entry instanceof Bundled bundled) {
            BundledPipelines.Plan plan = BundledPipelines.plan(bundled.name());
            return PipelineView.of(plan.pipeline(), plan.description(), "bundled", bundled.name(), plan.mode(), plan.maxWorkers(), plan.stages());
        }
        FromFile file = (FromFile) entry;
        Object version = version(file.file());
        ViewOfFile known = views.get(file.file());
        if (known != null && version != null && known.version().equals(version)) {
            return known.view();
        }
        LoadResult result = load(file);
        PipelineView view = result instanceof LoadResult.Invalid invalid
                ? PipelineView.invalid(file.name(), "directory", invalid.problems().stream().map(ProblemView::of).toList())
                : view(((LoadResult.Loaded) result).pipeline(), new PlanOptions(Mode.SEQUENTIAL, PlanOptions.DEFAULT_MAX_WORKERS));
        if (version != null) {
            views.put(file.file(), new ViewOfFile(version, view));
        }
        return view;
    }

    /** A file's view, kept while the file is the same (a saved pipeline replaces the file: another file key and time). */
    private record ViewOfFile(Object version, PipelineView view) {
    }

    /** Each file's last view: a 2,000-stage pipeline is read, checked and planned once, not on every page that shows it. */
    private final java.util.concurrent.ConcurrentHashMap<Path, ViewOfFile> views = new java.util.concurrent.ConcurrentHashMap<>();

    /** What tells one content of a file from the next: its file key, size and modification time; null when unreadable. */
    private static Object version(Path file) {
        try {
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            return List.of(String.valueOf(a.fileKey()), a.size(), a.lastModifiedTime());
        } catch (IOException e) {
            return null;
        }
    }

    /** The view of a loaded pipeline with these plan options. */
    static PipelineView view(Pipeline pipeline, PlanOptions options) {
        Plan plan = Planner.plan(pipeline, options);
        return PipelineView.of(pipeline.name(), pipeline.description(), "directory", null,
                options.mode().name().toLowerCase(Locale.ROOT), options.maxWorkers(), StageSpecs.resolve(pipeline, plan));
    }

    /** Loads a pipeline file of the folder. */
    public LoadResult load(FromFile file) {
        return baton.load(file.file());
    }

    /** Loads posted pipeline text, named {@code source} in problems, with {@code defaultName} when it names itself not. */
    public LoadResult load(String yaml, String source, String defaultName) {
        return baton.load(yaml, source, defaultName);
    }

    /**
     * Saves a pipeline file in the folder (replacing one of the same name); the text must have been validated.
     *
     * @return whether a file of that name was there before
     */
    public boolean save(String name, String yaml) throws IOException {
        Path folder = folder();
        Files.createDirectories(folder);
        Path target = folder.resolve(name + ".yaml");
        boolean existed = Files.exists(target);
        Path temp = Files.createTempFile(folder, ".upload-", ".part");
        try {
            Files.writeString(temp, yaml, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return existed;
    }

    /** The names of the bundled pipelines: the Baton jobs the batch environment knows that are not stored translations. */
    public Set<String> bundledNames() {
        return BundledPipelines.names();
    }

    private List<FromFile> files() {
        Path folder = folder();
        List<FromFile> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> yamls = Files.newDirectoryStream(folder, "*.{yaml,yml}")) {
            for (Path f : yamls) {
                String base = f.getFileName().toString().replaceFirst("\\.ya?ml$", "");
                if (JobIds.isValid(base)) {
                    files.add(new FromFile(base, f));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(java.util.Comparator.comparing(FromFile::name));
        return files;
    }
}
