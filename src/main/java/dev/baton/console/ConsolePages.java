package dev.baton.console;

import jakarta.ws.rs.GET;
import org.jsoup.nodes.Entities;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The console's page at each of its deep links ({@code /}, {@code pipelines/{name}},
 * {@code executions}, {@code executions/{id}}): one HTML page whose {@code <base>} is the web
 * context, so that every URL in it is relative and works under any context path; the script reads
 * the path and shows that view. Its assets come from a fixed list of class-path files.
 */
@Path("")
public class ConsolePages {

    private static final String ROOT = "/dev/baton/console/";
    private static final Map<String, String> ASSETS = Map.of(
            "console.js", "text/javascript; charset=utf-8",
            "api.js", "text/javascript; charset=utf-8",
            "dag.js", "text/javascript; charset=utf-8",
            "timeline.js", "text/javascript; charset=utf-8",
            "dom.js", "text/javascript; charset=utf-8",
            "views.js", "text/javascript; charset=utf-8",
            "run.js", "text/javascript; charset=utf-8",
            "console.css", "text/css; charset=utf-8");

    @Context UriInfo uri;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String pipelines() {
        return page();
    }

    @GET
    @Path("pipelines/{name}")
    @Produces(MediaType.TEXT_HTML)
    public String pipeline(@PathParam("name") String name) {
        return page();
    }

    @GET
    @Path("executions")
    @Produces(MediaType.TEXT_HTML)
    public String executions() {
        return page();
    }

    @GET
    @Path("executions/{id: [0-9]+}")
    @Produces(MediaType.TEXT_HTML)
    public String execution(@PathParam("id") long id) {
        return page();
    }

    /** One of the console's scripts or its stylesheet; 404 for any other name. */
    @GET
    @Path("assets/{file}")
    public Response asset(@PathParam("file") String file) {
        String type = ASSETS.get(file);
        if (type == null) {
            throw new NotFoundException();
        }
        return Response.ok(read("assets/" + file), type).build();
    }

    private String page() {
        String base = uri.getBaseUri().getRawPath();
        return new String(read("index.html"), StandardCharsets.UTF_8).replace("%BASE%", Entities.escape(base));
    }

    private static byte[] read(String name) {
        try (InputStream in = ConsolePages.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new NotFoundException();
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
