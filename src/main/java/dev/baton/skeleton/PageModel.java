package dev.baton.skeleton;

import dev.baton.document.Assignment;
import dev.baton.document.DesignVariables;
import dev.baton.document.Feature;
import dev.baton.role.Words;

import java.util.List;
import java.util.Locale;

/**
 * What a generated page shows, decided once from an assignment: its copy (headline, lead, call
 * to action, section titles, about text), its features, whether it has testimonials (marketing
 * pages, or when the task or the last review asks for them) and a closing call-to-action band,
 * and its design.
 *
 * @param design        brand, colour, tone, font
 * @param title         the document title
 * @param description   the meta description
 * @param headline      the h1
 * @param lead          the sentence under the headline
 * @param featuresTitle the h2 of the features section
 * @param features      the features shown, each a card
 * @param about         the paragraph of the about section
 * @param marketing     whether it is a marketing landing page (three-column features, testimonials, closing band)
 * @param testimonials  whether it shows testimonials
 * @param selfHref      the page's own file name, for the brand link
 */
public record PageModel(DesignVariables design, String title, String description, String headline, String lead,
                        String featuresTitle, List<Feature> features, String about, boolean marketing,
                        boolean testimonials, String selfHref) {

    public PageModel {
        features = List.copyOf(features);
    }

    /**
     * The page of an assignment.
     *
     * @param marketing whether to lay it out as a marketing landing page
     * @param selfHref  the page's file name
     */
    public static PageModel of(Assignment a, boolean marketing, String selfHref) {
        DesignVariables d = a.design();
        String brand = d.brand();
        String idea = a.ideaPhrase();
        String headline = switch (d.tone()) {
            case MINIMAL -> brand;
            case PLAYFUL -> "Meet " + brand + "!";
            case PROFESSIONAL -> d.brandGiven() ? brand + ": " + Words.capitalize(Words.withoutArticle(idea)) : Words.capitalize(idea);
        };
        String featuresTitle = switch (d.tone()) {
            case MINIMAL -> "What we offer";
            case PLAYFUL -> "Why you will love it";
            case PROFESSIONAL -> "What " + brand + " offers";
        };
        List<Feature> features = a.features();
        if (marketing) {
            features = features.subList(0, Math.min(3, features.size()));
        }
        boolean testimonials = marketing || a.task().mentions("testimonial")
                || a.feedback().all().stream().anyMatch(p -> p.toLowerCase(Locale.ROOT).contains("testimonial"));
        String about = brand + " is " + idea + ". "
                + "This paragraph is a placeholder: replace it with the story of " + brand + ", who is behind it and why it exists.";
        return new PageModel(d, brand + " — " + Words.capitalize(Words.withoutArticle(idea)),
                Words.capitalize(d.tone().lead(brand, idea)), headline, d.tone().lead(brand, idea), featuresTitle,
                features, about, marketing, testimonials, selfHref);
    }
}
