package dev.baton.agent;

import dev.baton.testing.BatonProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A user adds an agent by dropping a jar with a {@code @Named} bean into BATON_HOME/plugins. */
class PluginIT {

    private static final String SOURCE = """
            package example;

            import dev.baton.agent.Agent;
            import dev.baton.agent.AgentOutput;
            import dev.baton.agent.AgentRequest;
            import jakarta.enterprise.context.ApplicationScoped;
            import jakarta.inject.Named;

            @ApplicationScoped
            @Named("shout")
            public class ShoutAgent implements Agent {
                @Override
                public AgentOutput produce(AgentRequest request) {
                    return AgentOutput.of(request.task().toUpperCase() + "!");
                }
            }
            """;

    @TempDir
    Path tmp;

    @Test
    void anAgentInAPluginJarRunsByItsName() throws Exception {
        Path src = tmp.resolve("src/example/ShoutAgent.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, SOURCE);
        Path classes = tmp.resolve("classes");
        Files.createDirectories(classes);
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "-cp", BatonProcess.jar().toString(), "-d", classes.toString(), src.toString()));
        Path home = tmp.resolve("home");
        Path jar = home.resolve("plugins/shout.jar");
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/beans.xml"));
            out.write("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\" bean-discovery-mode=\"annotated\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new JarEntry("example/ShoutAgent.class"));
            out.write(Files.readAllBytes(classes.resolve("example/ShoutAgent.class")));
        }
        Path pipeline = tmp.resolve("shout.yaml");
        Files.writeString(pipeline, "stages:\n  - {name: s, agent: shout, task: \"hello {{ who }}\"}\n");

        BatonProcess.Result missing = BatonProcess.run(Path.of("").toAbsolutePath(), tmp.resolve("other-home"), "validate", "--pipeline", pipeline.toString());
        assertEquals(2, missing.exitCode(), "without the plugin the name is unknown: " + missing);
        assertTrue(missing.stderr().contains("unknown agent 'shout'"), missing.stderr());

        BatonProcess.Result run = BatonProcess.run(Path.of("").toAbsolutePath(), home, "--pipeline", pipeline.toString(),
                "--mem", "who=world", "--output", "json");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.stdout().contains("\"s.content\" : \"HELLO WORLD!\""), run.stdout());
    }
}
