package dev.baton.stage;

import dev.baton.template.TemplateContext;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The identifier forms of stage names that are not identifiers ("Code Skeleton" is {@code code_skeleton}), where no stage has that name. */
public final class Aliases {

    private Aliases() {
    }

    /** Identifier form to stage name, for every stage whose name is not its own identifier form and whose form is free. */
    public static Map<String, String> of(Collection<String> stages) {
        Set<String> names = new HashSet<>(stages);
        Map<String, String> aliases = new HashMap<>();
        for (String stage : stages) {
            String identifier = TemplateContext.identifier(stage);
            if (!identifier.equals(stage) && !names.contains(identifier)) {
                aliases.putIfAbsent(identifier, stage);
            }
        }
        return Map.copyOf(aliases);
    }
}
