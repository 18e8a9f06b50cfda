package dev.baton.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.baton.json.Json;
import dev.baton.message.Msg;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code --mem} arguments. Each is {@code KEY=VALUE}, where VALUE is JSON when it parses as
 * JSON ({@code n=3}, {@code tags=["a","b"]}, {@code name="Ann"}) and text otherwise
 * ({@code idea=A coffee shop}). The seed framework's form, several pairs in one argument
 * ({@code 'idea="Coffee shop" brand="BlueBean"'}), is read as those pairs when every pair's value
 * is a JSON value.
 */
final class MemoryArgs {

    private static final Pattern NEXT_PAIR = Pattern.compile("\\s+([A-Za-z_][A-Za-z0-9_.]*)=");

    private MemoryArgs() {
    }

    /**
     * The memory entries of the arguments, as job parameter texts (each value as the user wrote it,
     * which memory reads back as its JSON value when it is JSON; keys are checked where the run starts).
     *
     * @throws UsageException for an argument without {@code =}
     */
    static Map<String, String> parse(List<String> args) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("baton: " + Msg.BAD_MEMORY_ARG.format(arg));
            }
            String key = arg.substring(0, eq).strip();
            String value = arg.substring(eq + 1);
            Map<String, String> pairs = severalPairs(key, value);
            if (pairs != null) {
                entries.putAll(pairs);
            } else {
                entries.put(key, value);
            }
        }
        return entries;
    }

    /** The pairs of the seed's form {@code a="x" b=2}, or null when the value is not of that form. */
    private static Map<String, String> severalPairs(String firstKey, String value) {
        if (isOneJsonValue(value) || !NEXT_PAIR.matcher(value).find()) {
            return null;
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        String key = firstKey;
        String rest = value;
        while (true) {
            Matcher next = NEXT_PAIR.matcher(rest);
            int end = -1;
            while (next.find()) {
                if (isOneJsonValue(rest.substring(0, next.start()))) {
                    end = next.start();
                    break;
                }
            }
            if (end < 0) {
                if (!isOneJsonValue(rest)) {
                    return null;
                }
                pairs.put(key, rest.strip());
                return pairs;
            }
            pairs.put(key, rest.substring(0, end).strip());
            key = next.group(1);
            rest = rest.substring(next.end());
        }
    }

    private static boolean isOneJsonValue(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        try (JsonParser parser = Json.MAPPER.getFactory().createParser(t)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }
}
