package dev.baton.jobxml;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The step id of each stage: {@code stage-} followed by the name in lower case, with every run of
 * characters other than letters and digits turned into one {@code -}; a name that would repeat an
 * earlier id gets {@code -2}, {@code -3}… in plan order. Ids are valid xs:IDs and never collide with
 * the {@code wave-…} ids of splits and flows.
 */
final class StepIds {

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    private final Map<String, String> ids = new HashMap<>();

    StepIds(List<String> stagesInOrder) {
        Set<String> taken = new HashSet<>();
        for (String name : stagesInOrder) {
            String base = "stage-" + slug(name);
            String id = base;
            for (int n = 2; !taken.add(id); n++) {
                id = base + "-" + n;
            }
            ids.put(name, id);
        }
    }

    /** The step id of a stage. */
    String of(String stage) {
        String id = ids.get(stage);
        if (id == null) {
            throw new IllegalArgumentException("no step for stage " + stage);
        }
        return id;
    }

    static String slug(String name) {
        String slug = EDGE_DASHES.matcher(NOT_ALPHANUMERIC.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        return slug.isEmpty() ? "unnamed" : slug;
    }
}
