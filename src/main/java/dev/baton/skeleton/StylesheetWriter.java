package dev.baton.skeleton;

import dev.baton.document.DesignVariables;
import dev.baton.document.Tone;
import dev.baton.template.ResourceTemplates;
import dev.baton.web.Contrast;
import dev.baton.web.Rgb;

import java.util.Locale;
import java.util.Map;

/**
 * Writes the stylesheet of a generated page (the template {@value #TEMPLATE}): mobile-first,
 * flexbox and grid, every colour a custom property of {@code :root}. Text colours are computed,
 * not guessed: the text on the brand colour is black or white, whichever contrasts more, and the
 * brand colour used for text on white is the nearest shade that reaches 4.5:1. Every rule that
 * paints a background also declares its text colour, so that the accessibility audit can check
 * each pair. The tone sets spacing, corner radius and whether the hero sits on the brand colour
 * (minimal keeps it on white).
 */
public final class StylesheetWriter {

    static final String TEMPLATE = "dev/baton/skeleton/styles.css.jinja";

    private StylesheetWriter() {
    }

    /** The stylesheet for a page. */
    public static String write(PageModel m) {
        DesignVariables d = m.design();
        Rgb brand = d.primaryColor();
        String space = String.format(Locale.ROOT, "%.2frem", d.tone().sectionSpacingRem()).replaceAll("0+rem$", "rem").replace(".rem", "rem");
        return ResourceTemplates.render(TEMPLATE, Map.of(
                "brand_name", d.brand().replace("*/", ""),
                "brand", brand.hex(),
                "on_brand", Contrast.textOn(brand).hex(),
                "brand_ink", Contrast.adjust(brand, Rgb.WHITE, Contrast.NORMAL_TEXT).hex(),
                "radius", d.tone().radius(),
                "space", space,
                "font", d.fontStack(),
                "hero_on_brand", d.tone() != Tone.MINIMAL));
    }
}
