package dev.baton.runtime;

import dev.baton.batch.ReturnedStages;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import org.jberet.repository.JobRepository;
import org.jberet.runtime.JobExecutionImpl;
import org.jberet.runtime.JobInstanceImpl;
import org.jberet.runtime.StepExecutionImpl;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * A job repository that records this process as the owner of every job execution it creates: as
 * the creator of an execution of the job instance before the execution's row is written, then, in
 * one statement, as the execution's owner. A process killed at any moment of the creation leaves
 * an execution whose owner is known (and dead), never one that nobody could tell from a run about
 * to start. It also tells when a step's end is written ({@link RecordedStepEnds}), leaves out a write
 * of a step that would store what its row holds already ({@link StepWrites}), and answers JBeret's save of
 * a stage's checkpoint right after its batchlet returned by reading whether the step is being stopped,
 * since JBeret writes the same checkpoint with the step's end a moment later ({@link ReturnedStages}).
 * Every other call goes to the wrapped repository unchanged, and is made again when the embedded
 * database changed hands under it.
 */
final class OwningRepository {

    private OwningRepository() {
    }

    /**
     * The repository {@code repository}, whose new executions {@code ownership} claims for this process,
     * which tells {@code stepEnds} of the step executions it adds and the updates it has written, and
     * which reads its steps' stop marks with {@code stopCheck}. Enables {@link ReturnedStages}.
     */
    static JobRepository wrap(JobRepository repository, Ownership ownership, RecordedStepEnds stepEnds, StepStopCheck stopCheck) {
        StepWrites writes = new StepWrites();
        ReturnedStages.enable();
        return (JobRepository) Proxy.newProxyInstance(JobRepository.class.getClassLoader(), new Class<?>[]{JobRepository.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("savePersistentDataIfNotStopping") && args[1] instanceof StepExecutionImpl step
                            && ReturnedStages.justReturned(step.getStepExecutionId())) {
                        return Patience.call(() -> stopCheck.notStopping(step.getStepExecutionId()));
                    }
                    if (!method.getName().equals("createJobExecution") || !(args[0] instanceof JobInstanceImpl instance)) {
                        Object step = stepWritten(method.getName(), args);
                        boolean again = step != null && !method.getName().equals("savePersistentDataIfNotStopping");
                        if (again && writes.unchanged(step)) {
                            written(stepEnds, method.getName(), args);
                            return null; // the row holds these values already
                        }
                        Object result;
                        try {
                            result = invoke(repository, method, args);
                        } catch (Throwable e) {
                            writes.forget(step);
                            throw e;
                        }
                        if (again || Integer.valueOf(1).equals(result)) {
                            writes.wrote(step);
                        } else {
                            writes.forget(step); // not a step, or not written: a stop marked the row meanwhile
                        }
                        written(stepEnds, method.getName(), args);
                        return result;
                    }
                    ownership.claimPending(instance.getInstanceId());
                    Object created = invoke(repository, method, args);
                    ownership.claimCreated(instance.getInstanceId(), ((JobExecutionImpl) created).getExecutionId());
                    return created;
                });
    }

    /**
     * The step execution whose row a call writes with JBeret's full update of a step (its status,
     * checkpoint and metrics), or null: {@code updateStepExecution(step)}, {@code savePersistentData(job, step)}
     * and {@code savePersistentDataIfNotStopping(job, step)}, which writes only while the step is not being
     * stopped and says so by returning 1.
     */
    private static Object stepWritten(String method, Object[] args) {
        return switch (method) {
            case "updateStepExecution" -> args[0];
            case "savePersistentData", "savePersistentDataIfNotStopping" -> args[1];
            default -> null;
        };
    }

    /** Tells {@code stepEnds} of a step execution added or an update written (the call returned). */
    private static void written(RecordedStepEnds stepEnds, String method, Object[] args) {
        switch (method) {
            case "addStepExecution" -> stepEnds.added((JobExecution) args[0], (StepExecution) args[1]);
            case "updateStepExecution" -> stepEnds.updated((StepExecution) args[0]);
            case "updateJobExecution" -> stepEnds.updated((JobExecution) args[0]);
            default -> {
            }
        }
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
