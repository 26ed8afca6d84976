package io.medusajava.mock.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.json.Json;

/** Turns a raw request body into the JSON object handlers read, failing the way Express's body parser does. */
final class JsonBodies {
    /** The body could not be parsed; the edge answers with Express's HTML error page. */
    static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    private JsonBodies() {
    }

    /**
     * An empty body is an empty object, as body-parser leaves {@code req.body = {}}. Non-JSON content types are
     * not parsed by Express at all, so their body reads as empty too.
     */
    static JsonNode parse(String body, String contentType) {
        if (body == null || body.isBlank()) {
            return Json.object();
        }
        if (contentType != null && !contentType.toLowerCase().contains("json")) {
            return Json.object();
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new Malformed(e.getOriginalMessage());
        }
        if (node == null || node.isMissingNode()) {
            throw new Malformed("Unexpected end of JSON input");
        }
        if (!node.isObject()) {
            throw MedusaError.invalidData("The request body must be a JSON object");
        }
        return node;
    }
}
