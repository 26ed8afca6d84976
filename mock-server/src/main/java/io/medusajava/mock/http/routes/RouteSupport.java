package io.medusajava.mock.http.routes;

import com.fasterxml.jackson.databind.JsonNode;
import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.model.Address;
import io.medusajava.mock.http.Call;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks Medusa's validators make before a handler runs: paging numbers, expand lists, body fields. */
final class RouteSupport {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private RouteSupport() {
    }

    /** Offset and limit of a list request. */
    record Paging(int offset, int limit) {
    }

    /**
     * Reads {@code offset}/{@code limit}. A non-number is 400 invalid_data (transcripts 62, 65); a negative
     * offset reaches the database and fails there, which the real server reports as a 500 (transcript 63).
     */
    static Paging paging(Call call, int defaultLimit) {
        int limit = number(call, "limit", defaultLimit);
        int offset = number(call, "offset", 0);
        if (offset < 0 || limit < 0) {
            throw unknownError();
        }
        return new Paging(offset, limit);
    }

    /** What Medusa's error handler answers for a failure it did not expect, such as one from the database. */
    static MedusaError unknownError() {
        return new MedusaError(500, "unknown_error", "An unknown error occurred.", "unknown_error");
    }

    private static int number(Call call, String name, int fallback) {
        String v = call.query().get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw MedusaError.invalidData(name + " must be a number conforming to the specified constraints");
        }
    }

    /** Rejects relations the entity does not have, with the message of transcript 64. */
    static void checkExpand(Call call, Set<String> allowed) {
        List<String> unknown = new ArrayList<>();
        for (String param : List.of("expand", "fields")) {
            String v = call.query().get(param);
            if (v == null || param.equals("fields")) {
                continue;
            }
            for (String rel : v.split(",")) {
                String r = rel.trim();
                if (!r.isEmpty() && !allowed.contains(r)) {
                    unknown.add(r);
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw MedusaError.invalidData("Requested fields [" + String.join(", ", unknown) + "] are not valid");
        }
    }

    /** Collects class-validator style messages and throws them joined by ", ", as Medusa reports them. */
    static final class Check {
        private final JsonNode body;
        private final List<String> problems = new ArrayList<>();

        Check(JsonNode body) {
            this.body = body;
        }

        Check string(String field, boolean required) {
            JsonNode n = body.get(field);
            if ((n == null || n.isNull()) ? required : !n.isTextual()) {
                problems.add(field + " must be a string");
            }
            return this;
        }

        Check notEmpty(String field) {
            JsonNode n = body.get(field);
            if (n == null || n.isNull() || (n.isTextual() && n.asText().isEmpty())) {
                problems.add(field + " should not be empty");
            } else if (!n.isTextual()) {
                problems.add(field + " must be a string");
            }
            return this;
        }

        Check integer(String field, boolean required) {
            JsonNode n = body.get(field);
            if ((n == null || n.isNull()) ? required : !n.isIntegralNumber()) {
                problems.add(field + " must be an integer number");
            }
            return this;
        }

        Check email(String field, boolean required) {
            JsonNode n = body.get(field);
            boolean absent = n == null || n.isNull();
            if (absent ? required : !(n.isTextual() && EMAIL.matcher(n.asText()).matches())) {
                problems.add(field + " must be an email");
            }
            return this;
        }

        Check object(String field) {
            JsonNode n = body.get(field);
            if (n != null && !n.isNull() && !n.isObject()) {
                problems.add(field + " must be an object");
            }
            return this;
        }

        Check stringArray(String field) {
            JsonNode n = body.get(field);
            if (n != null && !n.isNull() && !n.isArray()) {
                problems.add(field + " must be an array");
            }
            return this;
        }

        void done() {
            if (!problems.isEmpty()) {
                throw MedusaError.invalidData(String.join(", ", problems));
            }
        }
    }

    static Check check(Call call) {
        return new Check(call.body());
    }

    static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    /** An address from its request JSON; absent fields stay null. */
    static Address address(JsonNode n) {
        Address a = new Address();
        a.company = text(n, "company");
        a.firstName = text(n, "first_name");
        a.lastName = text(n, "last_name");
        a.address1 = text(n, "address_1");
        a.address2 = text(n, "address_2");
        a.city = text(n, "city");
        a.countryCode = n.hasNonNull("country_code") ? n.get("country_code").asText().toLowerCase() : null;
        a.province = text(n, "province");
        a.postalCode = text(n, "postal_code");
        a.phone = text(n, "phone");
        return a;
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    /** An absent list filter passes everything; otherwise the value must be one of those given. */
    static boolean matchesAny(Call call, String param, String value) {
        List<String> wanted = call.query().list(param);
        return wanted.isEmpty() || wanted.contains(value);
    }

    /** The {@code q} free-text filter of the small catalog lists: a case-insensitive substring. */
    static boolean matchesText(Call call, String value) {
        String q = call.query().get("q");
        return q == null || value != null && value.toLowerCase().contains(q.toLowerCase());
    }

    /** {@code {field: value}}, the envelope of every single-entity response. */
    static com.fasterxml.jackson.databind.node.ObjectNode wrap(String field, JsonNode value) {
        com.fasterxml.jackson.databind.node.ObjectNode n = io.medusajava.mock.domain.json.Json.object();
        n.set(field, value);
        return n;
    }
}
