package dev.baton.review;

import dev.baton.advisor.Advisor;
import dev.baton.advisor.Review;
import dev.baton.advisor.ReviewRequest;
import dev.baton.agent.Artifact;
import dev.baton.document.Assignment;
import dev.baton.document.DocumentKind;
import dev.baton.document.DocumentRequirements;
import dev.baton.findings.Findings;
import dev.baton.role.Inputs;
import dev.baton.scoring.Inspection;
import dev.baton.scoring.OutputKind;
import dev.baton.scoring.ReviewedFiles;
import dev.baton.scoring.Scorecard;
import dev.baton.web.PageEvidence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.List;

/**
 * The seed's {@code RequirementsAdvisor}: does the output meet what was asked? A document is
 * measured against what its kind needs ({@link DocumentRequirements}: a PRD's sections, user
 * stories, acceptance criteria and their testability, length, the idea named; a README's,
 * report's or prompt's own sections). Any other output (a page, code, an archive, an image) is
 * traced to its requirements: every declared output produced, every item the task requests shown
 * ({@link RequirementsTrace}; pages by {@link PageEvidence}), the brand on a page, and the file
 * itself sound (the {@link CodeReviewAdvisor}'s inspection). Approved when there is no critical issue.
 */
@ApplicationScoped
@Named("baton.advisor.RequirementsAdvisor")
public class RequirementsAdvisor implements Advisor {

    @Override
    public Review review(ReviewRequest request) {
        Assignment a = Assignment.of(request.attempt(), false);
        ReviewedFiles files = ReviewedFiles.of(request);
        Artifact primary = files.primary(request.attempt().outputs());
        OutputKind kind = OutputKind.of(primary.path(), primary.bytes());
        Scorecard card = new Scorecard();
        if (kind.isDocument()) {
            DocumentKind judged = DocumentRequirements.measure(card, a, primary.path(), ReviewedFiles.text(primary));
            return card.review(summary("the " + judged.label() + " " + primary.path(), card));
        }
        outputs(card, request, files);
        List<String> requested = a.task().requested();
        if (!requested.isEmpty()) {
            String text = ReviewedFiles.text(primary);
            java.util.function.Predicate<String> shows = kind == OutputKind.HTML
                    ? PageEvidence.of(Inputs.isHtml(primary.path()) ? primary.path() : "index.html", text, files.workspace(),
                    a.design().brand())::shows
                    : RequirementsTrace.inCode(text);
            var traces = RequirementsTrace.of(requested, shows);
            long covered = traces.stream().filter(RequirementsTrace.Trace::covered).count();
            card.measure("requested_items", 3, traces.isEmpty() ? 1 : (double) covered / traces.size());
            traces.stream().filter(t -> !t.covered()).forEach(t -> card.critical("The task asks for '" + t.item() + "' but "
                    + primary.path() + " shows no " + String.join(", ", t.missing()) + "; add it."));
        }
        if (kind == OutputKind.HTML) {
            String page = ReviewedFiles.text(primary).toLowerCase(java.util.Locale.ROOT);
            boolean branded = page.contains(a.design().brand().toLowerCase(java.util.Locale.ROOT));
            card.measure("brand_shown", 1, branded ? 1 : 0);
            if (!branded) {
                card.suggest(primary.path() + " never shows the brand '" + a.design().brand() + "'; put it in the header and footer.");
            }
        }
        Inspection soundness = Inspections.inspect(request, files, primary, kind);
        card.measure("sound", 2, soundness.score());
        soundness.critical().forEach(card::critical);
        return card.review(summary(primary.path() + " (" + kind.name().toLowerCase(java.util.Locale.ROOT) + ")", card));
    }

    private static void outputs(Scorecard card, ReviewRequest request, ReviewedFiles files) {
        List<String> declared = request.attempt().outputs();
        if (declared.isEmpty()) {
            return;
        }
        List<String> produced = files.files().stream().map(Artifact::path).toList();
        boolean textContent = request.content() instanceof String s && !s.isBlank();
        List<String> missing = declared.stream().filter(d -> !produced.contains(d) && !(textContent && Assignment.isText(d))).toList();
        card.measure("outputs_produced", 2, 1.0 - (double) missing.size() / declared.size());
        missing.forEach(m -> card.critical("The stage declares the output " + m + " but the attempt did not produce it; produce it."));
    }

    private static String summary(String what, Scorecard card) {
        return "Measured " + what + ": score " + Findings.formatScore(card.score()) + ", "
                + Findings.plural(card.issues().size(), "critical issue") + ", " + Findings.plural(card.suggestions().size(), "suggestion") + ".";
    }
}
