package io.medusajava.mock.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a JSON request body against the request schema openapi/store.yaml declares for its operation, and words
 * each problem the way Medusa's validator does ({@code quantity must be an integer number}, {@code email must
 * be an email}; transcripts 47, 48, 53, 58). A missing required field gets its type message, as on the real
 * server. Top-level fields only: that is where the real messages point, and nested objects are checked by the
 * handlers that use them.
 */
final class SpecRequestValidator {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final JsonNode root;

    SpecRequestValidator() {
        try (InputStream in = SpecRequestValidator.class.getResourceAsStream("/io/medusajava/mock/store.yaml")) {
            if (in == null) {
                throw new IllegalStateException("store.yaml is missing from the mock server's jar");
            }
            root = new YAMLMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems with {@code body} for the operation at {@code template}; empty when it is fine or has no schema. */
    List<String> check(String method, String template, JsonNode body) {
        JsonNode schema = resolve(root.path("paths").path(template).path(method.toLowerCase())
                .path("requestBody").path("content").path("application/json").path("schema"));
        List<String> problems = new ArrayList<>();
        if (schema.isMissingNode() || !body.isObject()) {
            return problems;
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = body.get(name);
            boolean absent = value == null || (value.isNull() && !field.getValue().path("nullable").asBoolean());
            if (absent && !required.contains(name)) {
                continue;
            }
            String problem = problem(name, resolve(field.getValue()), absent ? null : value);
            if (problem != null) {
                problems.add(problem);
            }
        }
        return problems;
    }

    /** Medusa's message for one field, or null when the value fits; {@code value} is null when it is missing. */
    private String problem(String name, JsonNode schema, JsonNode value) {
        if (schema.has("oneOf")) {
            return null; // a full address or an address id: the handler decides
        }
        if (schema.path("minLength").asInt(0) > 0 && (value == null || value.asText().isEmpty())) {
            return name + " should not be empty";
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "string":
                if (value == null || !value.isTextual()) {
                    return "email".equals(schema.path("format").asText()) ? name + " must be an email"
                            : name + " must be a string";
                }
                if ("email".equals(schema.path("format").asText()) && !EMAIL.matcher(value.asText()).matches()) {
                    return name + " must be an email";
                }
                return null;
            case "integer":
                return value != null && value.isIntegralNumber() ? null : name + " must be an integer number";
            case "number":
                return value != null && value.isNumber() ? null
                        : name + " must be a number conforming to the specified constraints";
            case "boolean":
                return value != null && value.isBoolean() ? null : name + " must be a boolean value";
            case "array":
                return value != null && value.isArray() ? null : name + " must be an array";
            case "object":
                return value != null && value.isObject() ? null : "nested property " + name + " must be either object or array";
            default:
                return null;
        }
    }

    private JsonNode resolve(JsonNode schema) {
        while (true) {
            if (schema.has("$ref")) {
                JsonNode at = root;
                for (String part : schema.get("$ref").asText().substring(2).split("/")) {
                    at = at.path(part);
                }
                schema = at;
            } else if (schema.has("allOf") && schema.get("allOf").size() == 1) {
                schema = schema.get("allOf").get(0);
            } else {
                return schema;
            }
        }
    }
}
