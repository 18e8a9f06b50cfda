package dev.baton.testing.beans;

import dev.baton.advisor.Advisor;
import dev.baton.advisor.Review;
import dev.baton.advisor.ReviewRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/**
 * A test advisor that gives, attempt by attempt, the reviews listed in the stage's
 * {@code with.<key>} (each {@code {score, approved, issue}}); the last one repeats. Two names, so
 * that councils of distinct advisors can be built.
 */
public abstract class ScriptedAdvisor implements Advisor {

    private final String key;

    protected ScriptedAdvisor(String key) {
        this.key = key;
    }

    @Override
    public Review review(ReviewRequest request) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> script = (List<Map<String, Object>>) request.attempt().with().get(key);
        Map<String, Object> r = script.get(Math.min(request.attempt().attempt(), script.size()) - 1);
        Object issue = r.get("issue");
        return new Review(((Number) r.get("score")).doubleValue(), Boolean.TRUE.equals(r.get("approved")),
                issue == null ? List.of() : List.of(String.valueOf(issue)), List.of(), key + " reviewed attempt " + request.attempt().attempt(), Map.of());
    }

    @ApplicationScoped
    @Named("scripted")
    public static class A extends ScriptedAdvisor {
        public A() {
            super("scripted");
        }
    }

    @ApplicationScoped
    @Named("scripted-b")
    public static class B extends ScriptedAdvisor {
        public B() {
            super("scripted_b");
        }
    }

    @ApplicationScoped
    @Named("scripted-c")
    public static class C extends ScriptedAdvisor {
        public C() {
            super("scripted_c");
        }
    }
}
