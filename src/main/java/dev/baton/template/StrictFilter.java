package dev.baton.template;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.filter.Filter;
import com.hubspot.jinjava.objects.SafeString;

import java.util.Map;

/**
 * A Jinjava filter that keeps a missing value missing: undefined in, undefined out, so that the
 * renderer's strict check still sees it (Jinjava's own {@code trim}, {@code string} and others
 * would turn it into the text "null" or an empty text).
 */
final class StrictFilter implements Filter {

    private final Filter delegate;

    StrictFilter(Filter delegate) {
        this.delegate = delegate;
    }

    @Override
    public String getName() {
        return delegate.getName();
    }

    @Override
    public Object filter(Object var, JinjavaInterpreter interpreter, String... args) {
        return var == null ? null : delegate.filter(var, interpreter, args);
    }

    @Override
    public Object filter(Object var, JinjavaInterpreter interpreter, Object[] args, Map<String, Object> kwargs) {
        return var == null ? null : delegate.filter(var, interpreter, args, kwargs);
    }

    @Override
    public Object filter(SafeString var, JinjavaInterpreter interpreter, String... args) {
        return var == null ? null : delegate.filter(var, interpreter, args);
    }

    @Override
    public boolean preserveSafeString() {
        return delegate.preserveSafeString();
    }
}
