package dev.baton.runtime;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The jars users drop into {@code BATON_HOME/plugins/} to add agents and advisors. */
final class Plugins {

    private Plugins() {
    }

    /** A class loader over the plugin jars (sorted by name), or {@code parent} when there are none. */
    static ClassLoader classLoader(Path home, ClassLoader parent) {
        Path folder = home.resolve("plugins");
        if (!Files.isDirectory(folder)) {
            return parent;
        }
        List<URL> jars = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.jar")) {
            for (Path jar : files) {
                jars.add(jar.toUri().toURL());
            }
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the plugins in " + folder + ": " + e.getMessage(), e);
        }
        if (jars.isEmpty()) {
            return parent;
        }
        jars.sort(java.util.Comparator.comparing(URL::toString));
        return new URLClassLoader("baton-plugins", jars.toArray(URL[]::new), parent);
    }
}
