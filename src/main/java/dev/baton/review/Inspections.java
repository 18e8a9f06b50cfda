package dev.baton.review;

import dev.baton.advisor.ReviewRequest;
import dev.baton.agent.Artifact;
import dev.baton.code.CodeInspection;
import dev.baton.document.DocumentInspection;
import dev.baton.document.DocumentKind;
import dev.baton.document.ReportInspection;
import dev.baton.packaging.ZipInspection;
import dev.baton.role.Inputs;
import dev.baton.scoring.Inspection;
import dev.baton.scoring.OutputKind;
import dev.baton.scoring.ReviewedFiles;
import dev.baton.web.Dimensions;
import dev.baton.web.HtmlPage;
import dev.baton.web.PageInspection;
import dev.baton.web.PngInspection;

import java.util.ArrayList;
import java.util.List;

/**
 * Inspects every file an attempt produced by its kind ({@link OutputKind}): pages with their
 * stylesheets, reports, documents, archives, images, source files and text. A stylesheet that a
 * reviewed page links is inspected with that page, not again on its own.
 */
public final class Inspections {

    private Inspections() {
    }

    /** One inspection per reviewed file, in order. */
    public static List<Inspection> of(ReviewRequest request) {
        ReviewedFiles reviewed = ReviewedFiles.of(request);
        List<String> linked = new ArrayList<>();
        for (Artifact file : reviewed.files()) {
            if (OutputKind.of(file.path(), file.bytes()) == OutputKind.HTML) {
                linked.addAll(HtmlPage.parse(file.path(), ReviewedFiles.text(file)).linkedStylesheets());
            }
        }
        List<Inspection> inspections = new ArrayList<>();
        for (Artifact file : reviewed.files()) {
            OutputKind kind = OutputKind.of(file.path(), file.bytes());
            if (kind == OutputKind.CSS && linked.contains(file.path())) {
                continue;
            }
            inspections.add(inspect(request, reviewed, file, kind));
        }
        return inspections;
    }

    static Inspection inspect(ReviewRequest request, ReviewedFiles reviewed, Artifact file, OutputKind kind) {
        String path = file.path();
        String text = ReviewedFiles.text(file);
        return switch (kind) {
            case HTML -> PageInspection.inspect(Inputs.isHtml(path) ? path : "index.html", text, reviewed.workspace());
            case REPORT -> ReportInspection.inspect(path, text);
            case MARKDOWN, TEXT -> DocumentInspection.inspect(path, text,
                    DocumentKind.of(request.attempt().task(), text, DocumentKind.DOCUMENT), reviewed.workspace());
            case ZIP -> ZipInspection.inspect(path, file.bytes(), request.attempt().inputs());
            case PNG -> PngInspection.inspect(path, file.bytes(), requestedSize(request));
            case CODE, CSS -> CodeInspection.inspect(path, text, kind);
            case EMPTY -> new Inspection(path, kind, 0, List.of(path + " is empty; the stage produced nothing to review"),
                    List.of(), path + ": empty");
            case BINARY -> new Inspection(path, kind, 0.5, List.of(), List.of(path + " is a binary file of a kind no"
                    + " reviewer reads; check it by hand"), path + ": " + file.bytes().length + " bytes, not inspected");
        };
    }

    /** The size a screenshot stage asked for, or null when it asked none or an unusable one. */
    static Dimensions requestedSize(ReviewRequest request) {
        var attempt = request.attempt();
        boolean asked = attempt.with().containsKey("width") || attempt.with().containsKey("height")
                || attempt.task().matches("(?s).*\\d{2,5}\\s*[x×X]\\s*\\d{2,5}.*");
        if (!asked) {
            return null;
        }
        try {
            return Dimensions.of(attempt.stage(), attempt.with(), attempt.task());
        } catch (RuntimeException e) {
            return null;
        }
    }

}
