package dev.baton.agent;

import dev.baton.message.Msg;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;

import java.util.Set;

/**
 * Finds beans of one type by the names pipelines use (see {@link NamedBeans}); the agent and
 * advisor factories are its two kinds.
 *
 * @param <T> the bean type
 */
public abstract class NamedBeanFactory<T> {

    @Inject
    BeanManager beanManager;

    private final Class<T> type;
    private final String builtInPrefix;
    private final Msg unknown;
    private NamedBeans<T> beans;

    protected NamedBeanFactory(Class<T> type, String builtInPrefix, Msg unknown) {
        this.type = type;
        this.builtInPrefix = builtInPrefix;
        this.unknown = unknown;
    }

    @PostConstruct
    void index() {
        beans = new NamedBeans<>(beanManager, type, builtInPrefix);
    }

    /** Every name. */
    public Set<String> names() {
        return beans.names();
    }

    /**
     * The bean of that name.
     *
     * @throws AgentException if there is none
     */
    public T get(String name) {
        T bean = beans.get(name);
        if (bean == null) {
            throw new AgentException(unknown.format(name));
        }
        return bean;
    }
}
