package io.medusajava.mock.http.routes;

import com.fasterxml.jackson.databind.JsonNode;
import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.http.QueryParams;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads request fields and collects the complaints the way Medusa's class-validator does: every broken field
 * adds "{field} must be ...", and {@link #check()} throws them joined by ", " as one 400 invalid_data
 * (transcript 48).
 */
final class RequestChecks {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private final List<String> problems = new ArrayList<>();

    /** A required string; null when missing or not a string (the problem is noted). */
    String string(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || !v.isTextual()) {
            problems.add(field + " must be a string");
            return null;
        }
        return v.asText();
    }

    /** An optional string; null when absent or JSON null. */
    String optionalString(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            problems.add(field + " must be a string");
            return null;
        }
        return v.asText();
    }

    /** A required e-mail address. */
    String email(JsonNode body, String field) {
        String v = string(body, field);
        if (v != null && !EMAIL.matcher(v).matches()) {
            problems.add(field + " must be an email");
            return null;
        }
        return v;
    }

    /** A required integer. */
    int integer(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || !v.isIntegralNumber()) {
            problems.add(field + " must be an integer number");
            return 0;
        }
        return v.asInt();
    }

    /** A required array; an empty list when missing (the problem is noted). */
    List<JsonNode> array(JsonNode body, String field) {
        JsonNode v = body.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (v == null || !v.isArray()) {
            problems.add(field + " must be an array");
            return out;
        }
        v.forEach(out::add);
        return out;
    }

    /** A required array of strings. */
    List<String> strings(JsonNode body, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array(body, field)) {
            if (!n.isTextual()) {
                problems.add("each value in " + field + " must be a string");
                return out;
            }
            out.add(n.asText());
        }
        return out;
    }

    /** A required JSON object. */
    JsonNode object(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || !v.isObject()) {
            problems.add(field + " must be an object");
            return null;
        }
        return v;
    }

    /** A query number such as limit or offset; {@code fallback} when absent. */
    int queryNumber(QueryParams q, String name, int fallback) {
        String v = q.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            problems.add(name + " must be a number conforming to the specified constraints");
            return fallback;
        }
    }

    /** Adds a complaint of the caller's own. */
    void problem(String message) {
        problems.add(message);
    }

    /** Throws the collected complaints, if any. */
    void check() {
        if (!problems.isEmpty()) {
            throw MedusaError.invalidData(String.join(", ", problems));
        }
    }
}
