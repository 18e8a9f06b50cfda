package dev.baton.template;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;
import dev.baton.message.Msg;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders task templates: Jinja (through Jinjava, no HTML escaping) and the legacy single-brace
 * form {@code {name}} of the same framework, which is read as {@code {{ name }}}.
 *
 * <p>Names are strict, as Jinja's {@code StrictUndefined}: an expression whose value is undefined
 * (or null) is an error naming the stage and the expression, including in {@code if} tests and
 * through filters; {@code default(...)}, {@code is defined} and {@code if … else} are the ways to
 * allow a missing name. Thread-safe.
 */
public final class TaskRenderer {

    private static final Pattern LEGACY = Pattern.compile("(?<![{])\\{\\s*([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)\\s*}(?!})");
    private static final Pattern UNKNOWN = Pattern.compile("Unknown token found: (.*)$", Pattern.DOTALL);
    private static final Jinjava JINJAVA = Engines.strict();
    private static final Jinjava VALIDATOR = Engines.validating();

    /**
     * The rendered task.
     *
     * @param stage    the stage's name, for messages
     * @param template the template; null renders as the empty text
     * @param memory   the stage's memory, flat ({@code NAME.content} keys); the template sees it as
     *                 {@link TemplateContext} makes it
     * @throws TemplateException when the template is not valid or uses an undefined name
     */
    public String render(String stage, String template, Map<String, Object> memory) {
        return render(stage, template, Names.of(memory));
    }

    /**
     * The rendered task, its names resolved when the template reads them.
     *
     * @throws TemplateException when the template is not valid or uses an undefined name
     */
    public String render(String stage, String template, Names names) {
        if (template == null || template.isEmpty()) {
            return "";
        }
        if (template.indexOf('{') < 0) {
            return template; // no expression, tag or legacy name: nothing to render
        }
        RenderResult result = render(JINJAVA, stage, template, names);
        for (TemplateError error : result.getErrors()) {
            if (error.getSeverity() == TemplateError.ErrorType.FATAL
                    || error.getReason() == TemplateError.ErrorReason.SYNTAX_ERROR) {
                Matcher unknown = UNKNOWN.matcher(error.getMessage() == null ? "" : error.getMessage());
                throw new TemplateException(describe(stage, error), unknown.find() ? unknown.group(1).strip() : null);
            }
        }
        return result.getOutput();
    }

    /**
     * Why a task template is not valid Jinja (every branch checked, whatever the memory), or null
     * when it is. Undefined names are not judged here: they depend on the memory of a run.
     */
    public static String syntaxError(String stage, String template) {
        if (template == null || template.indexOf('{') < 0) {
            return null;
        }
        try {
            RenderResult result = render(VALIDATOR, stage, template, name -> null);
            for (TemplateError error : result.getErrors()) {
                if (error.getReason() == TemplateError.ErrorReason.SYNTAX_ERROR
                        || error.getReason() == TemplateError.ErrorReason.DISABLED) {
                    return describe(stage, error);
                }
            }
            return null;
        } catch (TemplateException e) {
            return e.getMessage();
        }
    }

    /** Renders within the {@link RenderBudget}; a spent budget or an interruption is a {@link TemplateException}. */
    private static RenderResult render(Jinjava engine, String stage, String template, Names names) {
        RenderBudget.start();
        try {
            return RenderNames.with(names, () -> engine.renderForResult(legacyToJinja(template), Map.of()));
        } catch (RenderBudget.Exceeded e) {
            if (e.interrupted) {
                Thread.currentThread().interrupt(); // the caller sees its interruption
                throw new TemplateException(Msg.TEMPLATE_INTERRUPTED.format(stage));
            }
            throw new TemplateException(Msg.TEMPLATE_TOO_COSTLY.format(stage, RenderBudget.MAX_STEPS));
        }
    }

    /**
     * Makes Jinjava ready (its first render costs a third of a second): called early, on another
     * thread, by front ends that will render soon.
     */
    public static void warmUp() {
        JINJAVA.renderForResult("{{ x | default('') | trim }}", Map.of());
    }

    /** The template with each legacy {@code {name}} turned into {@code {{ name }}}. */
    static String legacyToJinja(String template) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        Matcher m = LEGACY.matcher(template);
        return m.replaceAll(r -> Matcher.quoteReplacement("{{ " + r.group(1) + " }}"));
    }

    private static String describe(String stage, TemplateError error) {
        String message = error.getMessage() == null ? String.valueOf(error.getReason()) : error.getMessage();
        Matcher unknown = UNKNOWN.matcher(message);
        if (unknown.find()) {
            return Msg.TEMPLATE_UNDEFINED.format(stage, unknown.group(1).strip());
        }
        String where = error.getLineno() > 0 ? " (line " + error.getLineno() + " of the task)" : "";
        return switch (error.getReason()) {
            case OUTPUT_TOO_BIG, OVER_LIMIT, COLLECTION_TOO_BIG -> Msg.TEMPLATE_LIMIT.format(stage, message + where);
            case DISABLED -> Msg.TEMPLATE_READS_FILES.format(stage, message + where);
            default -> Msg.TEMPLATE_SYNTAX.format(stage, message + where);
        };
    }
}
