package dev.baton.batch;

import jakarta.batch.runtime.JobExecution;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The start of an execution as it began, whatever the batch runtime says of it later. */
class ExecutionStartsTests {

    @Test
    void anExecutionKeepsTheStartItBeganWith() {
        long id = 9_000_001L;
        ExecutionStarts.began(execution(id, 1_000, 2_000));
        assertEquals(new Date(2_000), ExecutionStarts.of(execution(id, 1_000, 7_000)), "a flow started later: the run did not");
    }

    @Test
    void anExecutionWithTheSameIdInAnotherRepositoryIsAnotherExecution() {
        long id = 9_000_002L;
        ExecutionStarts.began(execution(id, 1_000, 2_000));
        assertEquals(new Date(5_500), ExecutionStarts.of(execution(id, 5_000, 5_500)), "created at another time: its own start");
    }

    @Test
    void anExecutionThatDidNotBeginHereIsAsTheRuntimeSays() {
        assertEquals(new Date(3_000), ExecutionStarts.of(execution(9_000_003L, 1_000, 3_000)));
    }

    private static JobExecution execution(long id, long created, long started) {
        return (JobExecution) Proxy.newProxyInstance(JobExecution.class.getClassLoader(), new Class<?>[]{JobExecution.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getExecutionId" -> id;
                    case "getCreateTime" -> new Date(created);
                    case "getStartTime" -> new Date(started);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
