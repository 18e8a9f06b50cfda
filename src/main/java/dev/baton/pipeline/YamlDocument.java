package dev.baton.pipeline;

import dev.baton.message.Msg;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Parses a YAML text into SnakeYAML's node tree, which keeps every value's position, with the
 * limits that make hostile input harmless: a size limit, an alias limit (alias bombs), a nesting
 * limit, one document per file. Problems are reported, not thrown. The last document that parsed
 * is kept for the next parse of the same text: a run loads its pipeline twice (before the names of
 * agents are known, to find problems while the container starts, and after), and loading reads the
 * node tree without changing it.
 */
final class YamlDocument {

    static final int MAX_CODE_POINTS = 3 * 1024 * 1024;
    static final int MAX_ALIASES = 50;
    static final int MAX_DEPTH = 64;

    private static final AtomicReference<Parsed> LAST = new AtomicReference<>();

    private YamlDocument() {
    }

    /** A text that parsed, and its root node. */
    private record Parsed(String text, Node root) {
    }

    /** The document's root node, or null (with a problem recorded) when it cannot be parsed. */
    static Node parse(String text, Problems problems) {
        Parsed last = LAST.get();
        if (last != null && last.text().equals(text)) {
            return last.root();
        }
        Node root = parsed(text, problems);
        if (root != null) {
            LAST.set(new Parsed(text, root));
        }
        return root;
    }

    private static Node parsed(String text, Problems problems) {
        if (text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
            problems.add(new Position(1, 1), Msg.TOO_LARGE, String.valueOf(MAX_CODE_POINTS));
            return null;
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS + 1);
        options.setProcessComments(false);
        try {
            // the composer alone: the node tree is all Baton reads (a Yaml object would also build a constructor and a representer)
            Composer composer = new Composer(new ParserImpl(new StreamReader(text), options), new Resolver(), options);
            Node root = composer.getSingleNode();
            Node recursive = root == null ? null : Recursion.find(root);
            if (recursive != null) {
                problems.add(recursive, Msg.RECURSIVE_ALIAS);
                return null;
            }
            return root;
        } catch (MarkedYAMLException e) {
            Position at = Problems.position(e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark());
            problems.add(at.line() == 0 ? new Position(1, 1) : at, Msg.YAML_SYNTAX, describe(e));
            return null;
        } catch (YAMLException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("aliases")) {
                problems.add(new Position(1, 1), Msg.TOO_MANY_ALIASES, MAX_ALIASES);
            } else if (message.contains("Nesting Depth")) {
                problems.add(new Position(1, 1), Msg.TOO_DEEP, MAX_DEPTH);
            } else if (message.contains("code points")) {
                problems.add(new Position(1, 1), Msg.TOO_LARGE, String.valueOf(MAX_CODE_POINTS));
            } else {
                problems.add(new Position(1, 1), Msg.YAML_SYNTAX, message.strip());
            }
            return null;
        }
    }

    private static String describe(MarkedYAMLException e) {
        StringBuilder text = new StringBuilder();
        if (e.getContext() != null) {
            text.append(e.getContext().strip()).append(": ");
        }
        text.append(e.getProblem() == null ? "invalid YAML" : e.getProblem().strip());
        String single = text.toString();
        if (single.contains("expected a single document")) {
            return "a pipeline file holds one YAML document; remove the '---' that starts another";
        }
        return "invalid YAML: " + single;
    }
}
