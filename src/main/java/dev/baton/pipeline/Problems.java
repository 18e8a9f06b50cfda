package dev.baton.pipeline;

import dev.baton.message.Msg;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one file, each at a place. */
final class Problems {

    private final String source;
    private final List<Problem> problems = new ArrayList<>();

    Problems(String source) {
        this.source = source;
    }

    String source() {
        return source;
    }

    void add(Node at, Msg msg, Object... args) {
        add(position(at), msg, args);
    }

    void add(Position at, Msg msg, Object... args) {
        problems.add(new Problem(source, at, msg.code(), msg.format(args)));
    }

    /** A problem whose message another part made (the template engine's), under its code. */
    void add(Node at, String code, String message) {
        problems.add(new Problem(source, position(at), code, message));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** The problems by line, then column, in the order found within a place. */
    List<Problem> sorted() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((Problem p) -> p.position().line()).thenComparingInt(p -> p.position().column()));
        return sorted;
    }

    static Position position(Node node) {
        return node == null ? Position.NONE : position(node.getStartMark());
    }

    static Position position(Mark mark) {
        return mark == null ? Position.NONE : new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }
}
