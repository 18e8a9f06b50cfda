package dev.baton.command;

import dev.baton.agent.Agent;
import dev.baton.agent.AgentException;
import dev.baton.agent.AgentOutput;
import dev.baton.agent.AgentRequest;
import dev.baton.message.Msg;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code command} agent: runs the argv list in {@code with.command} (no shell), the rendered
 * task on its standard input, in the run folder, with the variables of {@link CommandEnvironment}
 * added to the runner's environment (and {@code with.env}, a map of more). Its standard output,
 * less one trailing newline, is the stage's output; a non-zero exit status is an error whose
 * message carries the end of standard error.
 */
@ApplicationScoped
@Named("baton.agent.command")
public class CommandAgent implements Agent {

    @Override
    public AgentOutput produce(AgentRequest request) throws Exception {
        List<String> argv = argv(request.stage(), request.with());
        Map<String, String> env = CommandEnvironment.of(request, request.with());
        CommandRunner.Result result = CommandRunner.run(argv, request.task(), request.runFolder(), env, request.withheld());
        if (result.exitCode() != 0) {
            String tail = result.stderrTail();
            throw new AgentException(Msg.COMMAND_EXIT.format(argv.get(0), result.exitCode(), tail.isEmpty() ? "" : ": " + tail));
        }
        return AgentOutput.of(stripOneNewline(result.stdout()));
    }

    /** The argv of {@code with.command}: a non-empty list of texts. */
    static List<String> argv(String stage, Map<String, Object> with) {
        Object command = with.get("command");
        if (!(command instanceof List<?> list) || list.isEmpty()) {
            throw new AgentException(Msg.MISSING_WITH.format(stage, "command", "command")
                    + " (a list: program and arguments, e.g. [\"python3\", \"tool.py\"]; no shell is used)");
        }
        List<String> argv = new ArrayList<>();
        for (Object part : list) {
            argv.add(String.valueOf(part));
        }
        return argv;
    }

    static String stripOneNewline(String text) {
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
