package dev.baton.rest.se;

import dev.baton.message.Msg;
import dev.baton.rest.ApiError;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.InetAddress;
import java.util.Locale;

/**
 * Answers only requests addressed to the server: its bound address, or a loopback name. A web
 * page can make its own host name resolve to 127.0.0.1 (DNS rebinding) and then talk to a server
 * on loopback as if it were its own site; its requests still say its host name, and are refused
 * here. A server bound to every interface answers any name (it requires its tokens then).
 */
@Priority(Priorities.AUTHENTICATION - 200)
public final class HostFilter implements ContainerRequestFilter {

    private final InetAddress bound;

    public HostFilter(InetAddress bound) {
        this.bound = bound;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (bound.isAnyLocalAddress()) {
            return;
        }
        String host = hostOf(request.getHeaderString(HttpHeaders.HOST));
        if (host == null || !accepts(host)) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(403, Msg.HOST_REFUSED.code(), Msg.HOST_REFUSED.format(
                            bound.isLoopbackAddress() ? "localhost" : bound.getHostAddress(), String.valueOf(host)), null))
                    .build());
        }
    }

    private boolean accepts(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost") || h.equals("::1") || h.startsWith("127.")
                && h.chars().allMatch(c -> c == '.' || Character.isDigit(c))) {
            return true;
        }
        return h.equals(bound.getHostAddress().toLowerCase(Locale.ROOT));
    }

    /** The host part of a Host header ({@code name:port}, {@code [v6]:port}), or null. */
    static String hostOf(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String h = header.strip();
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? null : h.substring(1, end);
        }
        int colon = h.lastIndexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }
}
