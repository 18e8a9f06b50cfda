package dev.baton.document;

import dev.baton.role.TaskBrief;
import dev.baton.role.Words;
import dev.baton.web.CssColor;
import dev.baton.web.Rgb;

import java.util.Map;

/**
 * The design of a generated page: brand, primary colour, tone and font family, each from memory
 * ({@code brand}, {@code primary_color}, {@code tone}, {@code font_family}), else from the task's
 * fields ("Brand:", "Primary color:", "Tone:"/"Design tone:", "Font:"), else a default. A brand
 * of "Default" (the seed's template default) counts as none: the page is named after the idea.
 *
 * @param brand        the name to show
 * @param brandGiven   whether a brand was given, not made from the idea
 * @param primaryColor the brand colour; the seed's {@code #007bff} when none or an unreadable one is given
 * @param tone         the voice and rhythm
 * @param fontFamily   the first font family to ask for, without quotes; {@code system-ui} by default
 */
public record DesignVariables(String brand, boolean brandGiven, Rgb primaryColor, Tone tone, String fontFamily) {

    public static final Rgb DEFAULT_COLOR = new Rgb(0x00, 0x7b, 0xff);

    /** The design of an assignment. */
    public static DesignVariables of(Map<String, Object> memory, TaskBrief task, String idea) {
        String brand = first(text(memory, "brand"), task.field("brand"));
        boolean given = brand != null && !brand.equalsIgnoreCase("default");
        String color = first(text(memory, "primary_color"), task.field("primary color", "primary colour", "color", "colour"));
        Rgb primary = color == null ? DEFAULT_COLOR : CssColor.parse(color).orElse(DEFAULT_COLOR);
        String tone = first(text(memory, "tone"), task.field("tone", "design tone"));
        String font = first(text(memory, "font_family"), task.field("font", "font family"));
        return new DesignVariables(given ? brand.strip() : Words.nameOf(idea), given, primary, Tone.of(tone),
                font == null ? "system-ui" : safeFont(font));
    }

    /** The CSS font stack: the chosen family, then system fonts. */
    public String fontStack() {
        String generic = "system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif";
        return fontFamily.equals("system-ui") ? generic : "\"" + fontFamily + "\", " + generic;
    }

    /** A font name with nothing that could end a CSS value or string. */
    static String safeFont(String font) {
        String f = font.replaceAll("[^A-Za-z0-9 _-]", "").strip();
        return f.isEmpty() ? "system-ui" : f;
    }

    private static String text(Map<String, Object> memory, String key) {
        Object value = memory.get(key);
        return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value).strip();
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
