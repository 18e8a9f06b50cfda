package dev.baton.runtime;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import org.jberet.creation.AbstractArtifactFactory;

/** Creates batch artifacts (the stage batchlet) as beans of the shared Weld SE container. */
final class WeldArtifactFactory extends AbstractArtifactFactory {

    private final BeanManager beanManager = WeldContainers.get().getBeanManager();

    @Override
    public Class<?> getArtifactClass(String ref, ClassLoader classLoader) {
        Bean<?> bean = findBean(ref, beanManager, classLoader);
        return bean == null ? null : bean.getBeanClass();
    }

    @Override
    public Object create(String ref, Class<?> cls, ClassLoader classLoader) {
        Bean<?> bean = findBean(ref, beanManager, classLoader);
        return bean == null ? null : beanManager.getReference(bean, bean.getBeanClass(), beanManager.createCreationalContext(bean));
    }
}
