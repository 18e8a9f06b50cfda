package dev.baton.template;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The names a task template sees, made from a flat memory: a key {@code a.b} is reachable as
 * {@code a.b} (nested maps), so {@code {{ requirements.review.score }}} works; a stage name that is
 * not an identifier (e.g. "Code Skeleton") is also reachable by its identifier form
 * ({@code code_skeleton}) when that name is free.
 */
public final class TemplateContext {

    private TemplateContext() {
    }

    /** The nested context of a flat memory. */
    public static Map<String, Object> of(Map<String, Object> flat) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : flat.entrySet()) {
            String key = e.getKey();
            int dot = key.lastIndexOf('.');
            if (dot <= 0 || dot == key.length() - 1) {
                root.put(key, e.getValue());
                continue;
            }
            put(root, key.substring(0, dot), key.substring(dot + 1), e.getValue());
        }
        for (String name : Map.copyOf(root).keySet()) {
            String identifier = identifier(name);
            if (!identifier.equals(name)) {
                root.putIfAbsent(identifier, root.get(name));
            }
        }
        return root;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, String owner, String field, Object value) {
        Object existing = root.get(owner);
        Map<String, Object> fields;
        if (existing instanceof Map<?, ?> map) {
            fields = (Map<String, Object>) map;
        } else if (existing == null) {
            fields = new LinkedHashMap<>();
            root.put(owner, fields);
        } else {
            root.put(owner + "." + field, value);
            return;
        }
        fields.put(field, value);
    }

    /** Lower case, every run of other characters than letters and digits as one underscore. */
    public static String identifier(String name) {
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_+|_+$", "");
        if (id.isEmpty() || Character.isDigit(id.charAt(0))) {
            id = "_" + id;
        }
        return id;
    }
}
