package dev.baton.role;

import dev.baton.agent.AgentException;
import dev.baton.agent.AgentRequest;
import dev.baton.message.Msg;

import java.util.List;

/** Checks on a stage's declared inputs. */
public final class Inputs {

    private Inputs() {
    }

    /**
     * Makes sure every declared input is a file in the run folder.
     *
     * @throws AgentException naming the first input that is missing
     */
    public static void requireAll(AgentRequest request) {
        Workspace workspace = Workspace.of(request.runFolder());
        for (String input : request.inputs()) {
            if (!workspace.exists(input)) {
                throw new AgentException(Msg.ROLE_INPUT_MISSING.format(request.stage(), input, request.runFolder()));
            }
        }
    }

    /**
     * The HTML pages a checking stage works on: its {@code .html} inputs, else, without
     * inputs, the {@code .html} artifacts of the stages upstream.
     */
    public static List<String> pages(AgentRequest request) {
        List<String> declared = request.inputs().stream().filter(Inputs::isHtml).toList();
        if (!request.inputs().isEmpty()) {
            return declared;
        }
        return Upstream.of(request.memory()).artifacts().stream().filter(Inputs::isHtml).toList();
    }

    /** Whether a path names an HTML page. */
    public static boolean isHtml(String path) {
        String p = path.toLowerCase(java.util.Locale.ROOT);
        return p.endsWith(".html") || p.endsWith(".htm");
    }
}
