package dev.baton.skeleton;

import dev.baton.code.PythonText;
import dev.baton.document.Assignment;
import dev.baton.role.Words;

import java.util.List;

/**
 * A JavaScript or TypeScript module skeleton: a JSDoc header from the task, one documented,
 * exported function per component (as {@link PythonComponents} finds them), each throwing until
 * written, and a {@code run} that chains them.
 */
final class ScriptSkeletonWriter {

    private ScriptSkeletonWriter() {
    }

    static String write(Assignment a) {
        List<String[]> components = PythonComponents.components(a);
        StringBuilder js = new StringBuilder("/**\n");
        PythonText.docLines(Words.capitalize(Words.nameOf(a.idea())) + ": module skeleton. Task: " + Words.sentence(a.task().ask())
                + " Each function throws until it is written; run() calls them in order.", 90)
                .forEach(l -> js.append(" * ").append(l.replace("*/", "* /")).append('\n'));
        js.append(" */\n");
        for (String[] c : components) {
            String name = camel(c[0]);
            js.append("\n/**\n * ").append(c[1].replace("*/", "* /")).append("\n * @param {unknown} data the previous step's result\n")
                    .append(" * @returns {unknown} this step's result\n */\nexport function ").append(name).append("(data) {\n")
                    .append("  throw new Error('").append(name).append(" is not written yet');\n}\n");
        }
        js.append("\n/** The steps, in order. */\nexport const STEPS = [")
                .append(String.join(", ", components.stream().map(c -> camel(c[0])).toList())).append("];\n")
                .append("\n/**\n * Passes data through every step in order.\n * @param {unknown} data the input\n")
                .append(" * @returns {unknown} the last step's result\n */\nexport function run(data) {\n")
                .append("  return STEPS.reduce((result, step) => step(result), data);\n}\n");
        return js.toString();
    }

    private static String camel(String snake) {
        String pascal = Words.pascal(snake);
        return Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
    }
}
