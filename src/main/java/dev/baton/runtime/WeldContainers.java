package dev.baton.runtime;

import org.jboss.weld.bootstrap.api.helpers.RegistrySingletonProvider;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * The one Weld SE container of a Java SE process, shared by Baton and JBeret: both look it up
 * under {@link RegistrySingletonProvider#STATIC_INSTANCE}, so no second container is booted.
 * Jars in {@code BATON_HOME/plugins/} join it: a jar with {@code META-INF/beans.xml} and a
 * {@code @Named} bean implementing {@code Agent} or {@code Advisor} adds an agent or advisor of that name.
 */
public final class WeldContainers {

    /** Weld's system property that turns off the validation of {@code beans.xml} files. */
    static final String NO_VALIDATION = "org.jboss.weld.xml.disableValidating";

    private WeldContainers() {
    }

    /**
     * The running container, started on first use. The {@code beans.xml} files are read without
     * validating them against their XML schema (loading the schema costs a quarter of a second at
     * start), unless {@value #NO_VALIDATION} is set otherwise.
     */
    public static synchronized WeldContainer get() {
        WeldContainer container = WeldContainer.instance(RegistrySingletonProvider.STATIC_INSTANCE);
        if (container == null || !container.isRunning()) {
            if (System.getProperty(NO_VALIDATION) == null) {
                System.setProperty(NO_VALIDATION, "true");
            }
            Weld weld = new Weld(RegistrySingletonProvider.STATIC_INSTANCE)
                    .property("org.jboss.weld.se.shutdownHook", false);
            ClassLoader plugins = Plugins.classLoader(dev.baton.record.BatonHome.current(), WeldContainers.class.getClassLoader());
            if (plugins != WeldContainers.class.getClassLoader()) {
                weld.setClassLoader(plugins);
            }
            container = weld.initialize();
        }
        return container;
    }

    /** A bean of the container. */
    public static <T> T bean(Class<T> type) {
        return get().select(type).get();
    }

    /** Shuts the container down if it runs. */
    public static synchronized void shutdown() {
        WeldContainer container = WeldContainer.instance(RegistrySingletonProvider.STATIC_INSTANCE);
        if (container != null && container.isRunning()) {
            container.shutdown();
        }
    }
}
