package dev.baton.rest;

import dev.baton.message.Msg;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;

import java.util.Set;

/**
 * Refuses a {@code POST} that a web page of another site could have sent: a page can post a form
 * or a plain-text body, or nothing, to any address without asking (no CORS preflight), and the
 * browser adds its cached credentials. A {@code POST} to the API must declare a JSON or YAML body
 * ({@code Content-Type: application/json}, {@code application/yaml}), even an empty one, or carry
 * the header {@value #HEADER}: a page can send neither without a preflight, which the API never
 * grants. Other methods that change state ({@code PUT}, {@code DELETE}) always need a preflight.
 */
@Priority(Priorities.AUTHENTICATION - 100)
public final class CrossSiteFilter implements ContainerRequestFilter {

    /** The header a client may send instead of a JSON or YAML content type. */
    public static final String HEADER = "X-Baton-Request";

    private static final Set<String> OWN_TYPES = Set.of("application/json", "application/yaml", "application/x-yaml");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod()) || request.getHeaderString(HEADER) != null) {
            return;
        }
        MediaType type = request.getMediaType();
        String declared = type == null ? null : (type.getType() + "/" + type.getSubtype()).toLowerCase(java.util.Locale.ROOT);
        if (declared == null || !OWN_TYPES.contains(declared)) {
            request.abortWith(ErrorMappers.response(new ApiError(415, Msg.CROSS_SITE_POST.code(),
                    Msg.CROSS_SITE_POST.format(declared == null ? "no Content-Type" : declared, HEADER), null)));
        }
    }
}
