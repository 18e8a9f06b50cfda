package dev.baton.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;

/**
 * The job XML files under {@code META-INF/batch-jobs/} on a class path of folders and jars (Java
 * SE). JBeret's own resolver finds such a file by name but does not list them; WildFly's lists the
 * ones it found at deploy time, so this scan is for SE, and adds nothing there.
 */
final class BundledJobs {

    private static final String FOLDER = "META-INF/batch-jobs/";

    private BundledJobs() {
    }

    /** The file names ({@code NAME.xml}) of the job XML files the class loader sees. */
    static Set<String> names(ClassLoader loader) {
        Set<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(FOLDER);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if ("file".equals(root.getProtocol())) {
                    try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of(root.toURI()), "*.xml")) {
                        files.forEach(f -> names.add(f.getFileName().toString()));
                    }
                } else if ("jar".equals(root.getProtocol()) && root.openConnection() instanceof JarURLConnection jar) {
                    jar.setUseCaches(false);
                    try (JarFile file = jar.getJarFile()) {
                        file.stream().map(e -> e.getName())
                                .filter(n -> n.startsWith(FOLDER) && n.endsWith(".xml") && n.indexOf('/', FOLDER.length()) < 0)
                                .forEach(n -> names.add(n.substring(FOLDER.length())));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }
}
