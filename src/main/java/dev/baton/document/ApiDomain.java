package dev.baton.document;

import java.util.List;

/** An HTTP API other programs call. */
final class ApiDomain {

    static final DomainProfile PROFILE = new DomainProfile("api", "service",
            List.of("A developer makes a first successful call within 10 minutes of reading the documentation.",
                    "95 % of requests are answered within 200 ms at 50 requests per second.",
                    "Every endpoint is described in the OpenAPI document, with request and response schemas.",
                    "Availability of 99.5 % per month, measured by the health endpoint."),
            List.of(new Persona("API consumer", "predictable endpoints, clear errors and documentation they can try"),
                    new Persona("Service operator", "health checks, logs and metrics to keep the service running"),
                    new Persona("Product owner", "to add capabilities without breaking existing clients")),
            List.of(new Feature("Resource endpoints", "List, read, create, update and delete items over HTTP with JSON."),
                    new Feature("OpenAPI documentation", "An OpenAPI 3 document and interactive docs at /docs."),
                    new Feature("Validation and errors", "Invalid input is rejected with 422 and a body naming each invalid field."),
                    new Feature("Authentication", "Write endpoints require a bearer token."),
                    new Feature("Health check", "GET /health reports whether the service can serve requests.")),
            List.of(new Story("API consumer", "to list items with GET /items", "I can show them in my application",
                            "the service holds two items", "I send GET /items", "I receive 200 and a JSON array of two items"),
                    new Story("API consumer", "to create an item with validated input", "bad data is rejected early",
                            "a request body without the required name field", "I send POST /items",
                            "I receive 422 and an error body that names the field"),
                    new Story("API consumer", "interactive documentation", "I can try endpoints without reading the code",
                            "the service is running", "I open /docs", "every endpoint is listed with its request and response schema"),
                    new Story("Service operator", "a health endpoint", "monitoring can detect outages",
                            "the service is running", "I send GET /health", "I receive 200 and {\"status\": \"ok\"} within 100 ms"),
                    new Story("API consumer", "write endpoints to require a token", "only authorised clients change data",
                            "a request without an Authorization header", "I send POST /items", "I receive 401 and nothing is stored")),
            "95th percentile latency under 200 ms at 50 requests per second on one instance.",
            List.of("A graphical user interface", "Multi-region deployment", "Rate-limit tiers and billing"),
            List.of("Which authentication scheme do clients already use (API keys, OAuth 2)?",
                    "How are breaking changes versioned: in the path (/v1) or in a header?",
                    "Which data store backs the items, and what are its retention rules?"));

    private ApiDomain() {
    }
}
