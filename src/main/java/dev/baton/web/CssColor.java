package dev.baton.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CSS colour values: {@code #rgb}, {@code #rgba}, {@code #rrggbb}, {@code #rrggbbaa},
 * {@code rgb()}/{@code rgba()} (commas or spaces, numbers or percentages) and the basic named
 * colours. Only opaque colours are read: a colour with transparency, {@code transparent},
 * {@code currentColor}, gradients and anything else give nothing, since their contrast depends on
 * what is behind them.
 */
public final class CssColor {

    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})");
    private static final Pattern RGB = Pattern.compile(
            "rgba?\\(\\s*([\\d.]+%?)[\\s,]+([\\d.]+%?)[\\s,]+([\\d.]+%?)(?:\\s*[,/]\\s*([\\d.]+%?))?\\s*\\)");
    private static final Map<String, Rgb> NAMED = Map.ofEntries(
            Map.entry("black", new Rgb(0, 0, 0)), Map.entry("white", new Rgb(255, 255, 255)),
            Map.entry("red", new Rgb(255, 0, 0)), Map.entry("green", new Rgb(0, 128, 0)),
            Map.entry("blue", new Rgb(0, 0, 255)), Map.entry("gray", new Rgb(128, 128, 128)),
            Map.entry("grey", new Rgb(128, 128, 128)), Map.entry("silver", new Rgb(192, 192, 192)),
            Map.entry("navy", new Rgb(0, 0, 128)), Map.entry("maroon", new Rgb(128, 0, 0)),
            Map.entry("purple", new Rgb(128, 0, 128)), Map.entry("teal", new Rgb(0, 128, 128)),
            Map.entry("olive", new Rgb(128, 128, 0)), Map.entry("lime", new Rgb(0, 255, 0)),
            Map.entry("aqua", new Rgb(0, 255, 255)), Map.entry("cyan", new Rgb(0, 255, 255)),
            Map.entry("fuchsia", new Rgb(255, 0, 255)), Map.entry("magenta", new Rgb(255, 0, 255)),
            Map.entry("yellow", new Rgb(255, 255, 0)), Map.entry("orange", new Rgb(255, 165, 0)));

    private CssColor() {
    }

    /** The opaque colour a whole value names, if it is one. */
    public static Optional<Rgb> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip().toLowerCase(Locale.ROOT).replace("!important", "").strip();
        if (NAMED.containsKey(v)) {
            return Optional.of(NAMED.get(v));
        }
        Matcher hex = HEX.matcher(v);
        if (hex.matches()) {
            return fromHex(hex.group(1));
        }
        Matcher rgb = RGB.matcher(v);
        if (rgb.matches()) {
            if (rgb.group(4) != null && fraction(rgb.group(4), 1.0) < 1.0) {
                return Optional.empty();
            }
            return Optional.of(new Rgb(channel(rgb.group(1)), channel(rgb.group(2)), channel(rgb.group(3))));
        }
        return Optional.empty();
    }

    /**
     * The colour a {@code background} shorthand paints, if it is one opaque colour: the value's
     * colour token when it has exactly one and no image or gradient.
     */
    public static Optional<Rgb> ofBackground(String value) {
        if (value == null || value.contains("gradient(") || value.contains("url(")) {
            return Optional.empty();
        }
        Optional<Rgb> whole = parse(value);
        if (whole.isPresent()) {
            return whole;
        }
        Optional<Rgb> found = Optional.empty();
        for (String token : value.strip().split("\\s+(?![^(]*\\))")) {
            Optional<Rgb> c = parse(token);
            if (c.isPresent()) {
                if (found.isPresent()) {
                    return Optional.empty();
                }
                found = c;
            }
        }
        return found;
    }

    private static Optional<Rgb> fromHex(String digits) {
        String d = digits;
        if (d.length() == 3 || d.length() == 4) {
            StringBuilder full = new StringBuilder();
            for (char c : d.toCharArray()) {
                full.append(c).append(c);
            }
            d = full.toString();
        }
        if (d.length() == 8 && !d.substring(6).equals("ff")) {
            return Optional.empty();
        }
        return Optional.of(new Rgb(Integer.parseInt(d.substring(0, 2), 16), Integer.parseInt(d.substring(2, 4), 16),
                Integer.parseInt(d.substring(4, 6), 16)));
    }

    private static int channel(String text) {
        double value = text.endsWith("%") ? Double.parseDouble(text.substring(0, text.length() - 1)) * 2.55
                : Double.parseDouble(text);
        return (int) Math.round(Math.max(0, Math.min(255, value)));
    }

    private static double fraction(String text, double whole) {
        return text.endsWith("%") ? Double.parseDouble(text.substring(0, text.length() - 1)) / 100.0 * whole
                : Double.parseDouble(text);
    }
}
