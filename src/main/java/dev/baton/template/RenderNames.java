package dev.baton.template;

/**
 * The names of the render under way on this thread, for the engines' dynamic variable resolver:
 * Jinjava asks it for every name its own scopes lack, so a render needs no map of every value.
 */
final class RenderNames {

    private static final ThreadLocal<Names> CURRENT = new ThreadLocal<>();

    private RenderNames() {
    }

    /** The value of a name in the current render, or null. */
    static Object resolve(String name) {
        Names names = CURRENT.get();
        return names == null ? null : names.resolve(name);
    }

    /** Runs a render with these names. */
    static <T> T with(Names names, java.util.function.Supplier<T> render) {
        Names previous = CURRENT.get();
        CURRENT.set(names);
        try {
            return render.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
