package dev.baton.testing.beans;

import dev.baton.agent.Agent;
import dev.baton.agent.AgentOutput;
import dev.baton.agent.AgentRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** A benchmark agent that works {@code with.millis} milliseconds (sleeping, interruptibly) and answers its stage's name. */
@ApplicationScoped
@Named("sleep")
public class SleepAgent implements Agent {

    @Override
    public AgentOutput produce(AgentRequest request) throws InterruptedException {
        long millis = request.with().get("millis") instanceof Number n ? n.longValue() : 0;
        Thread.sleep(millis);
        return AgentOutput.of(request.stage());
    }
}
