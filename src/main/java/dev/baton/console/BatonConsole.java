package dev.baton.console;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Set;

/**
 * The console's JAX-RS application, at the root of the web context ({@code /baton/}); the REST API
 * keeps its own application at {@code /baton/api/}. Its resources are listed, not scanned.
 */
@ApplicationPath("/")
public class BatonConsole extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ConsolePages.class, ConsoleHeaders.class);
    }
}
