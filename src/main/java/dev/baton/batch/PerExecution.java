package dev.baton.batch;

import jakarta.enterprise.inject.Stereotype;
import org.jberet.cdi.JobScoped;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A bean made once per job execution: JBeret's job scope, as a stereotype. A stereotype is a
 * bean-defining annotation in every container, where {@code @JobScoped} alone is one only when the
 * container counts JBeret's scope among them (Weld SE does; WildFly's deployment scan does not).
 */
@Stereotype
@JobScoped
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PerExecution {
}
