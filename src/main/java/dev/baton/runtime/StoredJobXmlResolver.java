package dev.baton.runtime;

import dev.baton.record.BatonHome;
import org.jberet.spi.JobXmlResolver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Serves the stored translations of {@link JobXmlStore} to JBeret, by job id (with or without
 * {@code .xml}). Registered as a service, so any JBeret environment that loads resolvers as
 * services (Baton's own, jberet-se, WildFly's) finds the runs' definitions in {@code BATON_HOME}.
 */
public class StoredJobXmlResolver implements JobXmlResolver {

    @Override
    public InputStream resolveJobXml(String jobXml, ClassLoader classLoader) throws IOException {
        Path path = locate(jobXml);
        return path == null ? null : Files.newInputStream(path);
    }

    @Override
    public Collection<String> getJobXmlNames(ClassLoader classLoader) {
        List<String> names = new ArrayList<>();
        Path folder = BatonHome.jobs(BatonHome.current());
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.xml")) {
                files.forEach(f -> names.add(f.getFileName().toString()));
            } catch (IOException e) {
                return names;
            }
        }
        return names;
    }

    @Override
    public String resolveJobName(String jobXml, ClassLoader classLoader) {
        Path path = locate(jobXml);
        if (path == null) {
            return null;
        }
        String file = path.getFileName().toString();
        return file.substring(0, file.length() - ".xml".length());
    }

    private static Path locate(String jobXml) {
        String id = jobXml.endsWith(".xml") ? jobXml.substring(0, jobXml.length() - 4) : jobXml;
        try {
            Path path = new JobXmlStore(BatonHome.current()).path(id);
            return Files.isRegularFile(path) ? path : null;
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
