package dev.baton.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The job repositories tests run against: the embedded H2 one always, and PostgreSQL when
 * {@code BATON_TEST_POSTGRES_URL} names a server ({@code scripts/postgres.sh} starts one; CI always does).
 */
public final class Repositories {

    private Repositories() {
    }

    /** A repository: its name for test reports, and the environment that selects it. */
    public record Repository(String name, Map<String, String> env) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static List<Repository> all() {
        List<Repository> all = new ArrayList<>(List.of(new Repository("h2", Map.of())));
        String url = System.getenv("BATON_TEST_POSTGRES_URL");
        if (url != null && !url.isBlank()) {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("BATON_REPOSITORY", url);
            env.put("BATON_REPOSITORY_USER", System.getenv().getOrDefault("BATON_TEST_POSTGRES_USER", "baton"));
            env.put("BATON_REPOSITORY_PASSWORD", System.getenv().getOrDefault("BATON_TEST_POSTGRES_PASSWORD", "baton"));
            all.add(new Repository("postgresql", env));
        } else if ("true".equals(System.getenv("CI")) || System.getenv("BATON_REQUIRE_POSTGRES") != null) {
            throw new IllegalStateException("BATON_TEST_POSTGRES_URL is not set: run the tests through scripts/test.sh, which starts PostgreSQL");
        }
        return all;
    }
}
