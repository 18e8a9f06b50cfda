package dev.baton.skeleton;

import dev.baton.document.Assignment;
import dev.baton.role.FileRoles;
import dev.baton.role.TaskBrief;

import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the Python module a code stage writes, from its output path, task and domain: tests
 * (a {@code test_} file or a task about tests) for the module among its inputs; the extension of
 * an upstream module ("extend"); a page carried as strings (a task about HTML, CSS or a page); an
 * API design or service; an ETL data model or pipeline; else a skeleton of the named components.
 */
final class PythonSkeletonWriter {

    private PythonSkeletonWriter() {
    }

    static String write(Assignment a, String path) {
        String p = path.toLowerCase(Locale.ROOT);
        String name = p.substring(p.lastIndexOf('/') + 1);
        TaskBrief task = a.task();
        if (name.startsWith("test_") || name.endsWith("_test.py") || task.ask().toLowerCase(Locale.ROOT).matches(".*\\btests?\\b.*")) {
            Optional<String> module = a.knownFiles().stream().filter(f -> f.endsWith(".py") && !f.equals(path)).findFirst();
            return PythonTestsModule.write(a, module.orElse(null), module.flatMap(a::read).orElse(""), path);
        }
        if (task.ask().toLowerCase(Locale.ROOT).matches(".*\\bextend(s|ed)?\\b.*")) {
            for (String f : a.knownFiles()) {
                if (f.endsWith(".py") && !f.equals(path) && a.read(f).isPresent()) {
                    return PythonExtension.write(a, f, a.read(f).get());
                }
            }
        }
        if (task.text().toLowerCase(Locale.ROOT).matches("(?s).*\\b(css|web ?page|landing page|website)\\b.*")) {
            return PythonPageModule.write(a);
        }
        String own = name.replace(".py", "");
        switch (a.domain().key()) {
            case "api" -> {
                if (PythonApiModules.isDesign(path, task)) {
                    return PythonApiModules.schema(a);
                }
                return PythonApiModules.service(a, FileRoles.pythonModule(a.request().inputs()).orElse(null), own);
            }
            case "data" -> {
                if (PythonEtlModules.isModel(path, task)) {
                    return PythonEtlModules.model(a);
                }
                return PythonEtlModules.pipeline(a, FileRoles.pythonModule(a.request().inputs()).orElse(null));
            }
            default -> {
                return PythonComponents.write(a);
            }
        }
    }
}
