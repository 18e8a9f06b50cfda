package dev.baton.pipeline;

import java.util.regex.Pattern;

/**
 * Job ids, as JSR-352 and Baton's stored translations accept them: letters, digits and
 * {@code - _ .}, starting with a letter or {@code _}. A pipeline's name is one, and so is the id of
 * its stored translation.
 */
public final class JobIds {

    private static final Pattern VALID = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
    private static final Pattern OTHER = Pattern.compile("[^A-Za-z0-9_.-]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    private JobIds() {
    }

    /** Whether a text is a valid job id. */
    public static boolean isValid(String text) {
        return VALID.matcher(text).matches();
    }

    /**
     * A valid job id made from any text: runs of characters other than letters, digits,
     * {@code - _ .} become {@code -}; leading and trailing {@code -} go; a result that is empty or
     * does not start with a letter or {@code _} gets the prefix {@code p-}.
     */
    public static String from(String text) {
        String id = EDGE_DASHES.matcher(OTHER.matcher(text).replaceAll("-")).replaceAll("");
        if (id.isEmpty() || !Character.isLetter(id.charAt(0)) && id.charAt(0) != '_') {
            id = "p-" + id;
        }
        return id.endsWith("-") ? id.substring(0, id.length() - 1) : id;
    }
}
