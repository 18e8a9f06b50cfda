package dev.baton.web;

import dev.baton.agent.AgentException;
import dev.baton.message.Msg;
import dev.baton.role.TaskBrief;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A window size for a screenshot: {@code with.width} and {@code with.height}, else the task's
 * "Dimensions: 1920x1080" (or any {@code WIDTHxHEIGHT} in it), else 1280×800.
 *
 * @param width  in pixels
 * @param height in pixels
 */
public record Dimensions(int width, int height) {

    public static final Dimensions DEFAULT = new Dimensions(1280, 800);
    private static final Pattern SIZE = Pattern.compile("(\\d{2,5})\\s*[x×X]\\s*(\\d{2,5})");

    /**
     * The size a stage asks for.
     *
     * @throws AgentException when the size given is not a number or outside 16..10000
     */
    public static Dimensions of(String stage, Map<String, Object> with, String task) {
        Dimensions d;
        if (with.containsKey("width") || with.containsKey("height")) {
            d = new Dimensions(number(stage, with.getOrDefault("width", DEFAULT.width)), number(stage, with.getOrDefault("height", DEFAULT.height)));
        } else {
            TaskBrief brief = TaskBrief.of(task);
            String field = brief.field("dimensions", "size", "viewport", "window size");
            Matcher m = SIZE.matcher(field != null ? field : task == null ? "" : task);
            d = m.find() ? new Dimensions(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : DEFAULT;
        }
        if (d.width < 16 || d.height < 16 || d.width > 10_000 || d.height > 10_000) {
            throw new AgentException(Msg.BAD_DIMENSIONS.format(stage, d.width + "x" + d.height));
        }
        return d;
    }

    private static int number(String stage, Object value) {
        try {
            return value instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(value).strip());
        } catch (NumberFormatException e) {
            throw new AgentException(Msg.BAD_DIMENSIONS.format(stage, "'" + value + "'"));
        }
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
