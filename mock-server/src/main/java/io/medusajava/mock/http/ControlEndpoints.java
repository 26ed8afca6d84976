package io.medusajava.mock.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.json.Json;

/**
 * The mock's own control endpoints, for tests written in any language:
 * {@code POST /__medusa/faults} plans a fault, {@code GET} lists them, {@code DELETE} clears them, and
 * {@code POST /__medusa/reset} puts the store back to its seed.
 */
public final class ControlEndpoints {
    private final FaultPlan faults;
    private final Runnable reset;

    public ControlEndpoints(FaultPlan faults, Runnable reset) {
        this.faults = faults;
        this.reset = reset;
    }

    public Reply handle(EdgeRequest request) {
        String path = request.path().replaceAll("/+$", "");
        String method = request.method();
        try {
            if (path.equals("/__medusa/faults")) {
                switch (method) {
                    case "POST": return addFault(request.body());
                    case "GET": return listFaults();
                    case "DELETE":
                        faults.clear();
                        return Reply.ok(listFaults().json());
                    default: break;
                }
            } else if (path.equals("/__medusa/reset") && method.equals("POST")) {
                reset.run();
                faults.clear();
                ObjectNode n = Json.object();
                n.put("reset", true);
                return Reply.ok(n);
            }
            return ExpressPages.cannot(method, request.path());
        } catch (IllegalArgumentException e) {
            ObjectNode n = Json.object();
            n.put("type", "invalid_data");
            n.put("message", e.getMessage());
            return Reply.json(400, n);
        }
    }

    /**
     * Body: {@code {"method","path","fault","times"}} plus {@code delay_ms} for LATENCY and {@code status},
     * {@code retry_after} for HTTP_ERROR. {@code times} absent or {@code -1} means forever.
     */
    private Reply addFault(String body) {
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (Exception e) {
            throw new IllegalArgumentException("body must be JSON");
        }
        String path = n.path("path").asText(null);
        String kindName = n.path("fault").asText(null);
        if (path == null || kindName == null) {
            throw new IllegalArgumentException("path and fault are required");
        }
        FaultKind kind;
        try {
            kind = FaultKind.valueOf(kindName.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown fault " + kindName);
        }
        faults.add(n.path("method").asText("*"), path, kind, n.path("delay_ms").asLong(0),
                n.path("status").asInt(0), n.hasNonNull("retry_after") ? n.get("retry_after").asText() : null,
                n.path("times").asInt(FaultPlan.FOREVER));
        return Reply.json(201, listFaults().json());
    }

    private Reply listFaults() {
        ObjectNode n = Json.object();
        ArrayNode a = n.putArray("faults");
        for (FaultPlan.Rule r : faults.rules()) {
            ObjectNode f = a.addObject();
            f.put("method", r.method);
            f.put("path", r.path);
            f.put("fault", r.kind.name());
            f.put("times", r.remaining());
        }
        return Reply.ok(n);
    }
}
