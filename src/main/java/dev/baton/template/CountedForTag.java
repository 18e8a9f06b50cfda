package dev.baton.template;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.tag.ForTag;
import com.hubspot.jinjava.tree.TagNode;

import java.lang.reflect.Array;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Jinja's {@code for}, with each pass charged to the render's {@link RenderBudget} before the loop
 * starts: a loop whose body renders nothing costs no node, and nested loops multiply.
 */
final class CountedForTag extends ForTag {

    @Override
    public String renderForCollection(TagNode tagNode, JinjavaInterpreter interpreter, List<String> loopVars, Object collection) {
        RenderBudget.charge(passes(collection));
        return super.renderForCollection(tagNode, interpreter, loopVars, collection);
    }

    private static long passes(Object collection) {
        if (collection instanceof Collection<?> c) {
            return c.size();
        }
        if (collection instanceof Map<?, ?> m) {
            return m.size();
        }
        if (collection != null && collection.getClass().isArray()) {
            return Array.getLength(collection);
        }
        return 1;
    }
}
