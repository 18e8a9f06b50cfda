package dev.baton.advisor;

/**
 * A reviewer: scores one attempt's output of a stage.
 *
 * <p>Implementations are CDI beans found by their {@code @Named} name (built-ins are named
 * {@code baton.advisor.NAME} and answer to {@code NAME}); they are called from several threads
 * at once and must honour interruption as agents do.
 */
@FunctionalInterface
public interface Advisor {

    /**
     * Reviews one output.
     *
     * @throws InterruptedException when interrupted (timeout or stop)
     * @throws Exception            on any failure, counted as an infrastructure error of the attempt
     */
    Review review(ReviewRequest request) throws Exception;
}
