package dev.baton.llm;

import dev.baton.agent.AgentException;

import java.util.function.Supplier;

/** Turns the failures of a model call into messages for people, without the key or a stack trace. */
public final class LlmCalls {

    private LlmCalls() {
    }

    public static LlmReply call(Supplier<LlmReply> request, LlmSettings settings) {
        try {
            return request.get();
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new AgentException("the request to " + settings.baseUrl() + " was interrupted");
            }
            throw new AgentException("the model at " + settings.baseUrl() + " failed: " + reason(e, settings));
        }
    }

    private static String reason(Throwable e, LlmSettings settings) {
        Throwable t = e;
        StringBuilder why = new StringBuilder();
        while (t != null && why.length() < 300) {
            if (t.getMessage() != null && !why.toString().contains(t.getMessage())) {
                why.append(why.length() == 0 ? "" : ": ").append(t.getMessage());
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        String text = why.length() == 0 ? e.getClass().getSimpleName() : why.toString();
        return settings.apiKey().isEmpty() ? text : text.replace(settings.apiKey(), "***");
    }
}
