package dev.baton.packaging;

import dev.baton.agent.Agent;
import dev.baton.agent.AgentException;
import dev.baton.agent.AgentOutput;
import dev.baton.agent.AgentRequest;
import dev.baton.agent.Artifact;
import dev.baton.message.Msg;
import dev.baton.role.Inputs;
import dev.baton.role.Workspace;
import dev.baton.web.HtmlPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.jsoup.nodes.Element;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The seed's {@code ZipPackagerAgent}: packs its inputs (paths relative to the run folder, kept as
 * entry names) into a zip: the declared {@code .zip} output, else the first declared output, else
 * {@code dist/package.zip}. Each HTML page is followed by the local files it needs that exist
 * (linked stylesheets, scripts, images), so the page works when unpacked. The archive is the same
 * bytes for the same files: entries in that order, every timestamp 1980-01-01 00:00, no extra
 * fields. A missing input is an error naming it. Content: a table of the entries and their sizes.
 */
@ApplicationScoped
@Named("baton.agent.ZipPackagerAgent")
public class ZipPackagerAgent implements Agent {

    static final LocalDateTime EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    @Override
    public AgentOutput produce(AgentRequest request) throws IOException {
        if (request.inputs().isEmpty()) {
            throw new AgentException(Msg.ROLE_NO_INPUTS.format(request.stage(), "ZipPackagerAgent",
                    "it has no inputs; list the files to package under input:"));
        }
        Inputs.requireAll(request);
        Workspace workspace = Workspace.of(request.runFolder());
        String target = request.outputs().stream().filter(o -> o.toLowerCase(Locale.ROOT).endsWith(".zip")).findFirst()
                .orElse(request.outputs().isEmpty() ? "dist/package.zip" : request.outputs().get(0));
        List<String> entries = entries(request.inputs(), workspace);
        entries.remove(Workspace.normalize(target));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        StringBuilder listing = new StringBuilder();
        long total = 0;
        try (ZipOutputStream zip = new ZipOutputStream(buffer, StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (String entry : entries) {
                byte[] bytes = workspace.read(entry).orElseThrow();
                ZipEntry e = new ZipEntry(entry);
                e.setTimeLocal(EPOCH);
                zip.putNextEntry(e);
                zip.write(bytes);
                zip.closeEntry();
                total += bytes.length;
                listing.append("| `").append(entry).append("` | ").append(bytes.length).append(" |\n");
            }
        }
        String content = target + ": " + entries.size() + (entries.size() == 1 ? " entry" : " entries") + ", "
                + total + " bytes before compression, " + buffer.size() + " bytes packed.\n\n| entry | bytes |\n|---|---|\n" + listing;
        return new AgentOutput(content, List.of(new Artifact(target, buffer.toByteArray())));
    }

    /** The inputs in order, each page followed by the local files it references that exist; each once. */
    static List<String> entries(List<String> inputs, Workspace workspace) {
        List<String> entries = new ArrayList<>();
        for (String input : inputs) {
            String path = Workspace.normalize(input);
            if (path == null || entries.contains(path)) {
                continue;
            }
            entries.add(path);
            if (Inputs.isHtml(path)) {
                HtmlPage page = HtmlPage.parse(path, workspace.text(path).orElse(""));
                for (Element e : page.document().select("link[rel~=(?i)stylesheet][href], script[src], img[src]")) {
                    String ref = Workspace.resolveFrom(path, e.hasAttr("href") ? e.attr("href") : e.attr("src"));
                    if (ref != null && workspace.exists(ref) && !entries.contains(ref) && !inputs.contains(ref)) {
                        entries.add(ref);
                    }
                }
            }
        }
        return entries;
    }
}
