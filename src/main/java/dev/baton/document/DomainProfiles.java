package dev.baton.document;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The domain profiles, read once from their YAML files under {@value #FOLDER} on the class path:
 * {@code key}, {@code noun}, {@code goals}, {@code personas} ({@code name}, {@code need}),
 * {@code features} ({@code title}, {@code description}), {@code stories} ({@code persona},
 * {@code want}, {@code benefit}, {@code given}, {@code when}, {@code then}), {@code performance},
 * {@code out_of_scope} and {@code questions}.
 */
final class DomainProfiles {

    static final String FOLDER = "dev/baton/document/domains/";

    static final DomainProfile API = read("api");
    static final DomainProfile APP = read("app");
    static final DomainProfile DATA = read("data");
    static final DomainProfile TOOL = read("tool");
    static final DomainProfile WEB = read("web");

    private DomainProfiles() {
    }

    /** The profile in {@code FOLDER/KEY.yaml}. */
    static DomainProfile read(String key) {
        String resource = FOLDER + key + ".yaml";
        try (InputStream in = DomainProfiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource + " on the class path");
            }
            Map<String, Object> m = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return new DomainProfile(text(m, "key"), text(m, "noun"), texts(m, "goals"),
                    list(m, "personas", p -> new Persona(text(p, "name"), text(p, "need"))),
                    list(m, "features", f -> new Feature(text(f, "title"), text(f, "description"))),
                    list(m, "stories", s -> new Story(text(s, "persona"), text(s, "want"), text(s, "benefit"),
                            text(s, "given"), text(s, "when"), text(s, "then"))),
                    text(m, "performance"), texts(m, "out_of_scope"), texts(m, "questions"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static String text(Map<?, ?> map, String field) {
        return (String) map.get(field);
    }

    private static List<String> texts(Map<?, ?> map, String field) {
        return ((List<?>) map.get(field)).stream().map(String.class::cast).toList();
    }

    private static <T> List<T> list(Map<?, ?> map, String field, Function<Map<?, ?>, T> item) {
        return ((List<?>) map.get(field)).stream().map(x -> item.apply((Map<?, ?>) x)).toList();
    }
}
