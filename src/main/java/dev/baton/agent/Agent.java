package dev.baton.agent;

/**
 * A producer: given a stage's rendered task and its memory snapshot, produces the stage's output.
 *
 * <p>Implementations are CDI beans found by their {@code @Named} name (built-ins are named
 * {@code baton.agent.NAME} and answer to {@code NAME}). They are called from several threads at
 * once, one call per running stage, and must honour interruption: when a stage times out or is
 * stopped, the calling thread is interrupted and the agent should end its work (kill its process,
 * abort its request) and throw.
 */
@FunctionalInterface
public interface Agent {

    /**
     * Produces one attempt's output.
     *
     * @throws InterruptedException when interrupted (timeout or stop)
     * @throws Exception            on any failure, counted as an infrastructure error of the attempt;
     *                              its message is shown to the user
     */
    AgentOutput produce(AgentRequest request) throws Exception;

    /** The threshold of this agent's stages when neither the stage nor the policy sets one. */
    default double defaultThreshold() {
        return 0.0;
    }

    /**
     * The agent's version, part of what a memoized stage's result is kept under: a new version
     * never reuses the results of an older one. By default, the {@code Implementation-Version} of
     * the agent's jar (Baton's own version for the built-ins), else {@code development}.
     */
    default String version() {
        String v = getClass().getPackage() == null ? null : getClass().getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /**
     * This agent with its output produced by {@code produce} instead (a decorator: memoization,
     * tracing), keeping its default threshold and its version.
     */
    default Agent producingWith(Agent produce) {
        Agent inner = this;
        return new Agent() {
            @Override
            public AgentOutput produce(AgentRequest request) throws Exception {
                return produce.produce(request);
            }

            @Override
            public double defaultThreshold() {
                return inner.defaultThreshold();
            }

            @Override
            public String version() {
                return inner.version();
            }
        };
    }
}
