package dev.baton.pipeline;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Finds a YAML value that contains itself ({@code memory: &m {self: *m}}): an alias makes the
 * composed nodes share, and may make them loop, which every reader would follow for ever.
 */
final class Recursion {

    private Recursion() {
    }

    /** The first node that contains itself, or null. Each node is walked once, however many aliases share it. */
    static Node find(Node root) {
        Set<Node> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Node> done = Collections.newSetFromMap(new IdentityHashMap<>());
        // an explicit stack: a deeply nested document must not overflow the thread's
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(root));
        onPath.add(root);
        while (!stack.isEmpty()) {
            Frame top = stack.peek();
            if (top.next == top.children.size()) {
                onPath.remove(top.node);
                done.add(top.node);
                stack.pop();
                continue;
            }
            Node child = top.children.get(top.next++);
            if (onPath.contains(child)) {
                return child;
            }
            if (!done.contains(child)) {
                onPath.add(child);
                stack.push(new Frame(child));
            }
        }
        return null;
    }

    /** A node being walked, and how far. */
    private static final class Frame {
        final Node node;
        final List<Node> children;
        int next;

        Frame(Node node) {
            this.node = node;
            this.children = children(node);
        }
    }

    private static List<Node> children(Node node) {
        List<Node> children = new ArrayList<>();
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                children.add(tuple.getKeyNode());
                children.add(tuple.getValueNode());
            }
        } else if (node instanceof SequenceNode sequence) {
            children.addAll(sequence.getValue());
        }
        return children;
    }
}
