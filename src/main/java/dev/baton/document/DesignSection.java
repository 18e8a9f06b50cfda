package dev.baton.document;

import dev.baton.web.Contrast;
import dev.baton.web.Rgb;

/** The Markdown body that states a design: brand, colours with their computed text colours and contrast, tone, font. */
public final class DesignSection {

    private DesignSection() {
    }

    /** The bullet list, ending with a newline. */
    public static String body(DesignVariables design) {
        Rgb primary = design.primaryColor();
        Rgb onPrimary = Contrast.textOn(primary);
        Rgb ink = Contrast.adjust(primary, Rgb.WHITE, Contrast.NORMAL_TEXT);
        return "- **Brand**: " + design.brand() + "\n"
                + "- **Primary colour**: `" + primary.hex() + "`; text on it `" + onPrimary.hex() + "` (contrast "
                + Contrast.format(Contrast.ratio(onPrimary, primary), Contrast.NORMAL_TEXT) + ")\n"
                + "- **Brand colour for text on white**: `" + ink.hex() + "` (contrast "
                + Contrast.format(Contrast.ratio(ink, Rgb.WHITE), Contrast.NORMAL_TEXT) + ")\n"
                + "- **Tone**: " + design.tone().label() + "\n"
                + "- **Font**: " + (design.fontFamily().equals("system-ui") ? "the system font (system-ui)"
                : design.fontFamily() + ", falling back to the system font") + "\n";
    }
}
