package dev.baton.agent;

/** A failure of an agent or advisor whose message is meant for the user as it is. */
public class AgentException extends RuntimeException {

    public AgentException(String message) {
        super(message);
    }
}
