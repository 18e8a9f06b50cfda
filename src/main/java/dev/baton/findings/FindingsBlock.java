package dev.baton.findings;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine-readable part of a findings report: a fenced {@code json} block, the report's last,
 * holding {@code {"tool", "files", "findings": [{"rule", "severity", "file", "line", "message"}]}}.
 * Reports stay text for templates and people; advisors read their findings back from this block.
 *
 * @param tool     the checker: {@code static-lint}, {@code accessibility-audit}
 * @param files    the files checked, relative to the run folder
 * @param findings what was found
 */
public record FindingsBlock(String tool, List<String> files, List<Finding> findings) {

    private static final Pattern FENCE = Pattern.compile("```json\\s*\\n(.*?)\\n```", Pattern.DOTALL);

    public FindingsBlock {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
    }

    /** The fenced block, ending with a newline. */
    public String toMarkdown() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("tool", tool);
        json.put("files", files);
        List<Map<String, Object>> items = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("rule", f.rule());
            item.put("severity", f.severity().label());
            item.put("file", f.file());
            item.put("line", f.line());
            item.put("message", f.message());
            items.add(item);
        }
        json.put("findings", items);
        return "```json\n" + Json.writePretty(json) + "\n```\n";
    }

    /** The last findings block of a Markdown text, if it has one that reads. */
    public static Optional<FindingsBlock> read(String markdown) {
        if (markdown == null) {
            return Optional.empty();
        }
        Matcher m = FENCE.matcher(markdown);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        if (last == null) {
            return Optional.empty();
        }
        try {
            JsonNode node = Json.MAPPER.readTree(last);
            if (node == null || !node.path("findings").isArray()) {
                return Optional.empty();
            }
            List<String> files = new ArrayList<>();
            node.path("files").forEach(f -> files.add(f.asText()));
            List<Finding> findings = new ArrayList<>();
            for (JsonNode f : node.path("findings")) {
                findings.add(new Finding(f.path("rule").asText(), Severity.ofLabel(f.path("severity").asText("note")),
                        f.path("file").asText(), f.path("line").asInt(0), f.path("message").asText()));
            }
            return Optional.of(new FindingsBlock(node.path("tool").asText(""), files, findings));
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
