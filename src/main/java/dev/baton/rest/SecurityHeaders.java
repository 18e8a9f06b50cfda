package dev.baton.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Headers on every answer of the API: nothing it serves is to be sniffed into another type,
 * framed by another page, cached, or run as a page of this origin (an artifact is a stage's output,
 * an HTML one written by whoever wrote the pipeline: it is served as a download in a sandbox).
 */
public final class SecurityHeaders implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putSingle("Referrer-Policy", "no-referrer");
        headers.putSingle("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; sandbox");
        headers.putSingle("Cross-Origin-Resource-Policy", "same-origin");
        if (!headers.containsKey("Cache-Control")) {
            headers.putSingle("Cache-Control", "no-store");
        }
    }
}
