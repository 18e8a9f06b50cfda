package dev.baton.document;

import dev.baton.code.PythonEndpoints;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts API documentation and a usage guide from the Python modules the stage knows of (its
 * inputs and upstream artifacts): Overview, Authentication, Endpoints (a table from the route
 * decorators), Usage (a curl example per endpoint) and Errors (the status codes the code raises,
 * and the framework's own). Without any module that declares routes it says so.
 */
public final class ApiGuideWriter {

    private static final Pattern STATUS = Pattern.compile("status_code\\s*=\\s*(\\d{3})");

    private ApiGuideWriter() {
    }

    /** The guide for an assignment. */
    public static String write(Assignment a) {
        List<PythonEndpoints.Endpoint> endpoints = new ArrayList<>();
        TreeSet<Integer> statuses = new TreeSet<>(List.of(200, 422));
        String module = null;
        boolean auth = false;
        for (String file : a.knownFiles()) {
            if (!file.endsWith(".py")) {
                continue;
            }
            String source = a.read(file).orElse("");
            List<PythonEndpoints.Endpoint> found = PythonEndpoints.of(source);
            if (!found.isEmpty() && module == null) {
                module = file;
            }
            endpoints.addAll(found);
            Matcher m = STATUS.matcher(source);
            while (m.find()) {
                statuses.add(Integer.parseInt(m.group(1)));
            }
            String lower = source.toLowerCase(java.util.Locale.ROOT);
            auth |= lower.contains("authorization") || lower.contains("bearer") || lower.contains("api_key");
        }
        if (auth) {
            statuses.add(401);
        }
        StringBuilder md = new StringBuilder("# ").append(a.design().brand()).append(" API\n\n## Overview\n\n");
        md.append("The ").append(a.design().brand()).append(" API serves ").append(a.ideaPhrase())
                .append(" over HTTP with JSON. Base URL when run locally: `http://localhost:8000`.");
        if (module != null) {
            md.append(" It is implemented in `").append(module).append("`; FastAPI also serves the OpenAPI document at")
                    .append(" `/openapi.json` and interactive documentation at `/docs`.");
        }
        md.append("\n\n## Authentication\n\n").append(auth
                ? "Write endpoints expect `Authorization: Bearer <token>`; requests without a valid token get 401.\n"
                : "The endpoints found do not check credentials. Add authentication before exposing the service.\n");
        md.append("\n## Endpoints\n\n");
        if (endpoints.isEmpty()) {
            md.append("No route was found in the stage's inputs (").append(String.join(", ", a.knownFiles()))
                    .append("); document the endpoints once the implementation declares them.\n");
        } else {
            md.append("| method | path | handler | purpose |\n|---|---|---|---|\n");
            endpoints.forEach(e -> md.append("| ").append(e.method()).append(" | `").append(e.path()).append("` | `")
                    .append(e.function()).append("` | ").append(e.summary().isEmpty() ? "—" : e.summary()).append(" |\n"));
        }
        md.append("\n## Usage\n\nStart the service (`uvicorn ")
                .append(module == null ? "main" : module.substring(module.lastIndexOf('/') + 1).replace(".py", ""))
                .append(":app --reload`), then:\n\n```sh\n");
        for (PythonEndpoints.Endpoint e : endpoints) {
            String path = e.path().replaceAll("\\{[^}]+}", "1");
            md.append("curl");
            if (!e.method().equals("GET")) {
                md.append(" -X ").append(e.method());
                if (auth) {
                    md.append(" -H \"Authorization: Bearer $API_TOKEN\"");
                }
            }
            if (e.method().equals("POST") || e.method().equals("PUT") || e.method().equals("PATCH")) {
                md.append(" -H 'Content-Type: application/json' -d '{\"name\": \"example\"}'");
            }
            md.append(" http://localhost:8000").append(path).append('\n');
        }
        if (endpoints.isEmpty()) {
            md.append("curl http://localhost:8000/docs\n");
        }
        md.append("```\n\n## Errors\n\n| status | meaning |\n|---|---|\n");
        Map<Integer, String> meanings = Map.of(200, "success", 201, "created", 204, "deleted, no body",
                400, "the request is malformed", 401, "missing or invalid credentials", 403, "not allowed",
                404, "no such item", 409, "conflicts with the current state", 422, "validation failed; the body names each invalid field",
                500, "unexpected server error");
        statuses.forEach(s -> md.append("| ").append(s).append(" | ").append(meanings.getOrDefault(s, "see the handler")).append(" |\n"));
        md.append('\n').append(FeedbackSection.write(a.feedback(), md.toString(), new ArrayList<>()));
        return md.toString();
    }
}
