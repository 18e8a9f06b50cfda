package dev.baton.rest.se;

import dev.baton.telemetry.MetricsPage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * {@code GET /metrics} of {@code baton serve}: Baton's metrics in the Prometheus text format
 * ({@link MetricsPage}), for a Prometheus scrape or a look with {@code curl}. Behind the same
 * host check and tokens as the API (the read-only token is enough).
 */
@Path(ApiServer.METRICS)
public final class MetricsResource {

    @GET
    @Produces(MetricsPage.CONTENT_TYPE)
    public StreamingOutput metrics() {
        return MetricsPage::write;
    }
}
