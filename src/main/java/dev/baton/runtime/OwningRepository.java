package dev.baton.runtime;

import org.jberet.repository.JobRepository;
import org.jberet.runtime.JobExecutionImpl;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * A job repository that records this process as the owner of every job execution it creates, the
 * moment the execution's row exists: a process killed after the batch runtime created an execution
 * but before the job's first listener ran would otherwise leave a STARTING execution that nobody
 * could tell from one about to run. Every other call goes to the wrapped repository unchanged.
 */
final class OwningRepository {

    private OwningRepository() {
    }

    /** The repository {@code repository}, whose new executions {@code ownership} claims for this process. */
    static JobRepository wrap(JobRepository repository, Ownership ownership) {
        return (JobRepository) Proxy.newProxyInstance(JobRepository.class.getClassLoader(), new Class<?>[]{JobRepository.class},
                (proxy, method, args) -> {
                    Object result = invoke(repository, method, args);
                    if (result instanceof JobExecutionImpl created && method.getName().equals("createJobExecution")) {
                        ownership.claim(created.getExecutionId());
                    }
                    return result;
                });
    }

    private static Object invoke(JobRepository target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
