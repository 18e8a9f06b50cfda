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
     * The files a checking stage works on: its declared inputs, else, without inputs, the
     * artifacts of the stages upstream.
     */
    public static List<String> files(AgentRequest request) {
        return request.inputs().isEmpty() ? Upstream.of(request.memory()).artifacts() : request.inputs();
    }

    /** The HTML pages among the {@link #files files} a checking stage works on. */
    public static List<String> pages(AgentRequest request) {
        return files(request).stream().filter(Inputs::isHtml).toList();
    }

    /** Whether a path names an HTML page. */
    public static boolean isHtml(String path) {
        String p = path.toLowerCase(java.util.Locale.ROOT);
        return p.endsWith(".html") || p.endsWith(".htm");
    }
}
