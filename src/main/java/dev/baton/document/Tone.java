package dev.baton.document;

import dev.baton.role.Words;

import java.util.Locale;

/**
 * The voice and rhythm of generated copy and pages. {@code minimal}: short sentences, generous
 * whitespace, square corners; {@code playful}: warm exclamations, rounded shapes, tighter rhythm;
 * {@code professional} (the default): plain, confident copy and moderate spacing.
 */
public enum Tone {
    MINIMAL("minimal", 2.5, "0", "Get started"),
    PLAYFUL("playful", 1.75, "1rem", "Jump in"),
    PROFESSIONAL("professional", 2.0, "0.375rem", "Get in touch");

    private final String label;
    private final double sectionSpacingRem;
    private final String radius;
    private final String callToAction;

    Tone(String label, double sectionSpacingRem, String radius, String callToAction) {
        this.label = label;
        this.sectionSpacingRem = sectionSpacingRem;
        this.radius = radius;
        this.callToAction = callToAction;
    }

    /**
     * The tone a word names: minimal, clean, simple, calm → minimal; playful, fun, friendly,
     * casual, bold → playful; anything else → professional.
     */
    public static Tone of(String word) {
        String w = word == null ? "" : word.toLowerCase(Locale.ROOT);
        if (w.matches(".*\\b(minimal|minimalist|clean|simple|calm|quiet)\\b.*")) {
            return MINIMAL;
        }
        if (w.matches(".*\\b(playful|fun|friendly|casual|bold|cheerful|warm)\\b.*")) {
            return PLAYFUL;
        }
        return PROFESSIONAL;
    }

    public String label() {
        return label;
    }

    /** Vertical space between page sections, in rem. */
    public double sectionSpacingRem() {
        return sectionSpacingRem;
    }

    /** Corner radius of cards and buttons, as CSS. */
    public String radius() {
        return radius;
    }

    /** The label of the primary call to action. */
    public String callToAction() {
        return callToAction;
    }

    /** The page's lead sentence under its headline. */
    public String lead(String brand, String ideaPhrase) {
        return switch (this) {
            case MINIMAL -> Words.capitalize(ideaPhrase) + ". Nothing you do not need.";
            case PLAYFUL -> Words.capitalize(ideaPhrase) + " that makes your day a little brighter!";
            case PROFESSIONAL -> brand + " is " + ideaPhrase + " you can rely on, every day.";
        };
    }

    /** A short line for a closing call-to-action band. */
    public String closing(String brand) {
        return switch (this) {
            case MINIMAL -> brand + ". Simply.";
            case PLAYFUL -> "Ready when you are. Say hi to " + brand + "!";
            case PROFESSIONAL -> "Talk to the " + brand + " team today.";
        };
    }
}
