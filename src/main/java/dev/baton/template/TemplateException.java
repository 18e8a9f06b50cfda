package dev.baton.template;

/**
 * A task template that cannot be rendered; the message names the stage and says why. When the
 * reason is a name nothing defines, {@link #undefined()} is that expression ({@code brand},
 * {@code requirements.review.score}).
 */
public class TemplateException extends RuntimeException {

    private static final java.util.regex.Pattern ROOT = java.util.regex.Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)");

    private final String undefined;

    public TemplateException(String message) {
        this(message, null);
    }

    public TemplateException(String message, String undefined) {
        super(message);
        this.undefined = undefined;
    }

    /** The undefined expression, or null when the template failed for another reason. */
    public String undefined() {
        return undefined;
    }

    /** The top-level name of the undefined expression ({@code requirements} of {@code requirements.review.score}), or null. */
    public String undefinedRoot() {
        if (undefined == null) {
            return null;
        }
        java.util.regex.Matcher root = ROOT.matcher(undefined);
        return root.find() ? root.group(1) : undefined;
    }
}
