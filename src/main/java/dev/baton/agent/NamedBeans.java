package dev.baton.agent;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;

import java.util.Map;
import java.util.TreeMap;

/**
 * The beans of one type by the name pipelines use: a bean {@code @Named("X")} answers to
 * {@code X}, and a built-in {@code @Named("baton.KIND.X")} answers to {@code X} as well. A user's
 * bean of the same name as a built-in replaces it.
 *
 * @param <T> the bean type
 */
public final class NamedBeans<T> {

    private final BeanManager beanManager;
    private final Class<T> type;
    private final Map<String, Bean<?>> byName;

    /**
     * @param builtInPrefix the name prefix of built-ins, e.g. {@code baton.agent.}
     */
    public NamedBeans(BeanManager beanManager, Class<T> type, String builtInPrefix) {
        this.beanManager = beanManager;
        this.type = type;
        Map<String, Bean<?>> builtIns = new TreeMap<>();
        Map<String, Bean<?>> users = new TreeMap<>();
        for (Bean<?> bean : beanManager.getBeans(type, Any.Literal.INSTANCE)) {
            String name = bean.getName();
            if (name == null) {
                continue;
            }
            if (name.startsWith(builtInPrefix)) {
                builtIns.put(name.substring(builtInPrefix.length()), bean);
            } else {
                users.put(name, bean);
            }
        }
        builtIns.putAll(users);
        this.byName = Map.copyOf(builtIns);
    }

    /** The names pipelines may use. */
    public java.util.Set<String> names() {
        return new java.util.TreeSet<>(byName.keySet());
    }

    /** The bean of that name, or null when there is none. */
    public T get(String name) {
        Bean<?> bean = byName.get(name);
        if (bean == null) {
            return null;
        }
        return type.cast(beanManager.getReference(bean, type, beanManager.createCreationalContext(bean)));
    }
}
