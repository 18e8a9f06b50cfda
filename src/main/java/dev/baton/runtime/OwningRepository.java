package dev.baton.runtime;

import org.jberet.repository.JobRepository;
import org.jberet.runtime.JobExecutionImpl;
import org.jberet.runtime.JobInstanceImpl;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * A job repository that records this process as the owner of every job execution it creates: as
 * the creator of an execution of the job instance before the execution's row is written, then, in
 * one statement, as the execution's owner. A process killed at any moment of the creation leaves
 * an execution whose owner is known (and dead), never one that nobody could tell from a run about
 * to start. Every other call goes to the wrapped repository unchanged, and is made again when the
 * embedded database changed hands under it.
 */
final class OwningRepository {

    private OwningRepository() {
    }

    /** The repository {@code repository}, whose new executions {@code ownership} claims for this process. */
    static JobRepository wrap(JobRepository repository, Ownership ownership) {
        return (JobRepository) Proxy.newProxyInstance(JobRepository.class.getClassLoader(), new Class<?>[]{JobRepository.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("createJobExecution") || !(args[0] instanceof JobInstanceImpl instance)) {
                        return invoke(repository, method, args);
                    }
                    ownership.claimPending(instance.getInstanceId());
                    Object created = invoke(repository, method, args);
                    ownership.claimCreated(instance.getInstanceId(), ((JobExecutionImpl) created).getExecutionId());
                    return created;
                });
    }

    /** Calls the wrapped repository, again while the embedded database changes hands under it ({@link Patience}). */
    private static Object invoke(JobRepository target, Method method, Object[] args) throws Throwable {
        try {
            return Patience.call(() -> {
                try {
                    return method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            });
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
