package dev.baton.web;

import java.util.Locale;

/**
 * An opaque sRGB colour.
 *
 * @param r red, 0..255
 * @param g green, 0..255
 * @param b blue, 0..255
 */
public record Rgb(int r, int g, int b) {

    public static final Rgb BLACK = new Rgb(0, 0, 0);
    public static final Rgb WHITE = new Rgb(255, 255, 255);

    public Rgb {
        if (r < 0 || r > 255 || g < 0 || g > 255 || b < 0 || b > 255) {
            throw new IllegalArgumentException("channels must be within 0..255: " + r + ", " + g + ", " + b);
        }
    }

    /** Lower-case {@code #rrggbb}. */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    /** The WCAG 2.1 relative luminance, 0 (black) to 1 (white). */
    public double luminance() {
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    }

    /** This colour moved towards {@code other} by {@code t} (0 = this, 1 = other). */
    public Rgb mix(Rgb other, double t) {
        return new Rgb(blend(r, other.r, t), blend(g, other.g, t), blend(b, other.b, t));
    }

    private static int blend(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    @Override
    public String toString() {
        return hex();
    }
}
