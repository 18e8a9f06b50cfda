package dev.baton.web;

import dev.baton.agent.Agent;
import dev.baton.agent.AgentException;
import dev.baton.agent.AgentOutput;
import dev.baton.agent.AgentRequest;
import dev.baton.agent.Artifact;
import dev.baton.command.CommandRunner;
import dev.baton.message.Msg;
import dev.baton.role.Inputs;
import dev.baton.role.PngInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The seed's {@code ScreenshotAgent}: a PNG of its HTML input (or, without inputs, of the first
 * upstream page) taken by headless Chromium, at the size of {@code with.width}/{@code with.height}
 * or the task's "Dimensions: WxH" (1280x800 by default), written to the declared {@code .png}
 * output (else the first output, else {@code screenshots/PAGE.png}). Chromium runs through
 * {@link CommandRunner} (no shell) with a fresh profile folder, and is killed when the stage is
 * interrupted. Its headless screenshot shows the window, not the whole page. {@code with.chromium}
 * names the binary; by default {@code /usr/bin/chromium} or {@code chromium} on PATH.
 */
@ApplicationScoped
@Named("baton.agent.ScreenshotAgent")
public class ScreenshotAgent implements Agent {

    @Override
    public AgentOutput produce(AgentRequest request) throws IOException, InterruptedException {
        Inputs.requireAll(request);
        List<String> pages = Inputs.pages(request);
        if (pages.isEmpty()) {
            throw new AgentException(Msg.ROLE_NO_INPUTS.format(request.stage(), "ScreenshotAgent",
                    "no HTML page among its inputs or the upstream artifacts; declare the page under input:"));
        }
        String page = pages.get(0);
        Dimensions size = Dimensions.of(request.stage(), request.with(), request.task());
        Object explicit = request.with().get("chromium");
        Path chromium = Chromium.find(explicit == null ? null : String.valueOf(explicit)).orElseThrow(() -> new AgentException(
                Msg.CHROMIUM_MISSING.format(explicit != null ? explicit : "/usr/bin/chromium and " + Chromium.NAMES + " on PATH")));
        String target = request.outputs().stream().filter(o -> o.toLowerCase(Locale.ROOT).endsWith(".png")).findFirst()
                .orElse(request.outputs().isEmpty() ? "screenshots/" + stem(page) + ".png" : request.outputs().get(0));
        Path temp = Files.createTempDirectory("baton-chromium-");
        try {
            Path png = temp.resolve("screenshot.png");
            List<String> argv = Chromium.screenshotCommand(chromium, temp.resolve("profile"), png, size,
                    request.runFolder().resolve(page).toAbsolutePath().normalize());
            CommandRunner.Result result = CommandRunner.run(argv, "", request.runFolder(), request.environment(), request.withheld());
            byte[] bytes = Files.isRegularFile(png) ? Files.readAllBytes(png) : new byte[0];
            PngInfo info = PngInfo.read(bytes).orElseThrow(() -> new AgentException(
                    Msg.SCREENSHOT_FAILED.format(page, result.exitCode(), tail(result.stderr()))));
            String content = target + ": " + info.width() + "x" + info.height() + " PNG of " + page + " (" + bytes.length
                    + " bytes), taken by headless Chromium at a window of " + size + "; it shows the window, not the full page.";
            return new AgentOutput(content, List.of(new Artifact(target, bytes)));
        } finally {
            delete(temp);
        }
    }

    /** The end of Chromium's standard error without its D-Bus noise. */
    private static String tail(String stderr) {
        String kept = stderr.lines().filter(l -> !l.contains("dbus") && !l.isBlank()).collect(Collectors.joining("\n"));
        return kept.isEmpty() ? "" : ": " + (kept.length() > 1_000 ? "…" + kept.substring(kept.length() - 1_000) : kept);
    }

    private static String stem(String page) {
        String name = page.substring(page.lastIndexOf('/') + 1);
        return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
