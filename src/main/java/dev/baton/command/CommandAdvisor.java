package dev.baton.command;

import dev.baton.advisor.Advisor;
import dev.baton.advisor.Review;
import dev.baton.advisor.ReviewParser;
import dev.baton.advisor.ReviewRequest;
import dev.baton.agent.AgentException;
import dev.baton.json.Json;
import dev.baton.message.Msg;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code command} advisor: runs the argv list in {@code with.review_command} (no shell) in the
 * run folder, with a JSON object on its standard input ({@code stage}, {@code attempt},
 * {@code task}, {@code output}, {@code threshold}) and the output's text also in the file named by
 * {@code BATON_OUTPUT_FILE} (for tools that read files), and reads its review from standard output:
 * {@code {"score": 0..1, "approved": true|false, "critical_issues": [...], "suggestions": [...],
 * "summary": "..."}}. A non-zero exit status or output that is not a review is an error.
 */
@ApplicationScoped
@Named("baton.advisor.command")
public class CommandAdvisor implements Advisor {

    /** The stage parameter that holds the reviewer's argv. */
    public static final String ARGV_KEY = "review_command";

    @Override
    public Review review(ReviewRequest request) throws Exception {
        var attempt = request.attempt();
        List<String> argv = argv(attempt.stage(), attempt.with());
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("stage", attempt.stage());
        input.put("attempt", attempt.attempt());
        input.put("task", attempt.task());
        input.put("output", request.content());
        input.put("threshold", request.threshold());
        Path outputFile = Files.createTempFile("baton-review-", ".txt");
        CommandRunner.Result result;
        try {
            Object content = request.content();
            Files.writeString(outputFile, content instanceof String text ? text : Json.writePretty(content), StandardCharsets.UTF_8);
            Map<String, String> env = new LinkedHashMap<>(CommandEnvironment.of(attempt, attempt.with()));
            env.put("BATON_OUTPUT_FILE", outputFile.toString());
            result = CommandRunner.run(argv, Json.write(input), attempt.runFolder(), env, attempt.withheld());
        } finally {
            Files.deleteIfExists(outputFile);
        }
        if (result.exitCode() != 0) {
            String tail = result.stderrTail();
            throw new AgentException(Msg.COMMAND_EXIT.format(argv.get(0), result.exitCode(), tail.isEmpty() ? "" : ": " + tail));
        }
        return ReviewParser.parse(result.stdout());
    }

    private static List<String> argv(String stage, Map<String, Object> with) {
        Object command = with.get(ARGV_KEY);
        if (!(command instanceof List<?> list) || list.isEmpty()) {
            throw new AgentException(Msg.MISSING_WITH.format(stage, "command (advisor)", ARGV_KEY)
                    + " (a list: program and arguments; no shell is used)");
        }
        List<String> argv = new ArrayList<>();
        list.forEach(part -> argv.add(String.valueOf(part)));
        return argv;
    }
}
