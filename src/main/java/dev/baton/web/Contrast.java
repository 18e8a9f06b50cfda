package dev.baton.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** WCAG 2.1 contrast: the ratio of two colours' luminances, and colours that reach a ratio. */
public final class Contrast {

    /** What normal text needs at level AA (success criterion 1.4.3). */
    public static final double NORMAL_TEXT = 4.5;
    /** What large text (at least 24 px, or 18.66 px bold) needs at level AA. */
    public static final double LARGE_TEXT = 3.0;

    private Contrast() {
    }

    /** The contrast ratio of two colours, from 1 to 21, whichever is lighter. */
    public static double ratio(Rgb a, Rgb b) {
        double la = a.luminance();
        double lb = b.luminance();
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /**
     * A ratio as people read it, {@code 4.48:1}; a ratio just short of {@code required} that would
     * round up to it keeps three decimals, so that a failing ratio never reads as the requirement.
     */
    public static String format(double ratio, double required) {
        String two = BigDecimal.valueOf(ratio).setScale(2, RoundingMode.HALF_UP).toPlainString();
        if (ratio < required && Double.parseDouble(two) >= required) {
            return BigDecimal.valueOf(ratio).setScale(3, RoundingMode.DOWN).toPlainString() + ":1";
        }
        return two + ":1";
    }

    /** Black or white, whichever has more contrast on {@code background}. */
    public static Rgb textOn(Rgb background) {
        return ratio(Rgb.BLACK, background) >= ratio(Rgb.WHITE, background) ? Rgb.BLACK : Rgb.WHITE;
    }

    /**
     * The colour nearest to {@code foreground} that reaches {@code required} on {@code background}:
     * {@code foreground} itself when it does, else it mixed towards black or white (whichever
     * contrasts more with the background) in steps of 1 %.
     */
    public static Rgb adjust(Rgb foreground, Rgb background, double required) {
        Rgb target = textOn(background);
        for (int step = 0; step <= 100; step++) {
            Rgb candidate = foreground.mix(target, step / 100.0);
            if (ratio(candidate, background) >= required) {
                return candidate;
            }
        }
        return target;
    }
}
