package dev.baton.stage;

import dev.baton.record.StageResult;
import dev.baton.template.Names;
import dev.baton.template.TemplateContext;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The memory a stage sees, resolved when read: the run's initial memory, then, for each stage it
 * depends on directly or not, {@code NAME.content}, {@code NAME.artifacts} and {@code NAME.review},
 * and on a retry its own {@code NAME.last_output} and {@code NAME.last_review}; never the output of
 * a stage it does not depend on, whatever finished first. Each value read is a fresh copy, so
 * nothing a stage does to its memory reaches another. Reading a value costs what that value costs;
 * walking every entry (an agent that lists its upstream) costs the whole upstream.
 *
 * <p>As a {@link Map}, keys are flat ({@code requirements.content}); as {@link Names}, a template's
 * top-level names ({@code requirements}, or {@code code_skeleton} for "Code Skeleton") are maps of
 * those fields.
 */
public final class MemoryView extends AbstractMap<String, Object> implements Names {

    private final Map<String, Object> initial;
    private final Map<String, Object> initialNames;
    private final String self;
    private final Upstream upstream;
    private final Map<String, Object> own;

    /**
     * @param initial the run's initial memory (read, never changed)
     * @param self    the stage's name
     * @param upstream the stages it depends on and their results
     */
    public MemoryView(Map<String, Object> initial, String self, Upstream upstream) {
        this(initial, TemplateContext.of(initial), self, upstream, Map.of());
    }

    private MemoryView(Map<String, Object> initial, Map<String, Object> initialNames, String self, Upstream upstream,
                       Map<String, Object> own) {
        this.initial = initial;
        this.initialNames = initialNames;
        this.self = self;
        this.upstream = upstream;
        this.own = own;
    }

    /**
     * The same memory with the stage's previous attempt: {@code NAME.last_output} and
     * {@code NAME.last_review}, and the review also as {@code NAME.review}, the name the seed
     * framework's pipelines read it by ({@code last score was {{ NAME.review.score }}}).
     */
    public MemoryView withLastAttempt(Object lastOutput, Object lastReview) {
        Map<String, Object> last = new LinkedHashMap<>();
        last.put(self + ".last_output", lastOutput);
        last.put(self + ".last_review", lastReview);
        last.put(self + ".review", lastReview);
        return new MemoryView(initial, initialNames, self, upstream, last);
    }

    @Override
    public Object get(Object key) {
        if (!(key instanceof String k)) {
            return null;
        }
        if (own.containsKey(k)) {
            return Memory.copyValue(own.get(k));
        }
        if (initial.containsKey(k)) {
            return Memory.copyValue(initial.get(k));
        }
        int dot = k.lastIndexOf('.');
        StageResult result = dot <= 0 ? null : upstream.result(k.substring(0, dot));
        return result == null ? null : Memory.contribution(result, k.substring(dot + 1));
    }

    @Override
    public boolean containsKey(Object key) {
        if (!(key instanceof String k)) {
            return false;
        }
        if (own.containsKey(k) || initial.containsKey(k)) {
            return true;
        }
        int dot = k.lastIndexOf('.');
        StageResult result = dot <= 0 ? null : upstream.result(k.substring(0, dot));
        String field = k.substring(dot + 1);
        return result != null && (field.equals("content") || field.equals("artifacts") || field.equals("review") && result.review() != null);
    }

    @Override
    public Object resolve(String name) {
        Object value = initialNames.get(name);
        if (value != null) {
            return Memory.copyValue(value);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        String stage = upstream.stageNamed(name);
        StageResult result = stage == null ? null : upstream.result(stage);
        if (result != null) {
            Memory.contributions(result).forEach((key, v) -> fields.put(key.substring(key.lastIndexOf('.') + 1), v));
        }
        if (name.equals(self) || name.equals(TemplateContext.identifier(self))) {
            own.forEach((key, v) -> fields.put(key.substring(key.lastIndexOf('.') + 1), Memory.copyValue(v)));
        }
        return fields.isEmpty() ? null : fields;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        Map<String, Object> all = new LinkedHashMap<>();
        initial.forEach((k, v) -> all.put(k, Memory.copyValue(v)));
        for (String stage : upstream.all()) {
            StageResult result = upstream.result(stage);
            if (result != null) {
                all.putAll(Memory.contributions(result));
            }
        }
        own.forEach((k, v) -> all.put(k, Memory.copyValue(v)));
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return all.entrySet().iterator();
            }

            @Override
            public int size() {
                return all.size();
            }
        };
    }
}
