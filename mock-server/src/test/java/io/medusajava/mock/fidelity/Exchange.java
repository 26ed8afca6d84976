package io.medusajava.mock.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;

/**
 * What one side answered to one step: status, content type and body, with the body parsed when it is JSON. A
 * step that could not be sent on a side (a value it needs was never discovered there) is an exchange with status
 * {@code -1} and the reason in {@link #notRun}. {@code nanos} is how long the answer took.
 */
record Exchange(int status, String contentType, String body, JsonNode json, String notRun, long nanos) {
    static final ObjectMapper MAPPER = new ObjectMapper();

    static Exchange of(int status, String contentType, String body, long nanos) {
        JsonNode json = null;
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).replace(" ", "");
        if (type.startsWith("application/json") && body != null && !body.isBlank()) {
            try {
                json = MAPPER.readTree(body);
            } catch (Exception e) {
                json = null; // announced as JSON but not JSON: compared as text
            }
        }
        return new Exchange(status, type, body == null ? "" : body, json, null, nanos);
    }

    static Exchange notRun(String reason) {
        return new Exchange(-1, "", "", null, reason, 0);
    }

    boolean ran() {
        return notRun == null;
    }

    boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The media type without parameters, e.g. {@code application/json}. */
    String mediaType() {
        int semi = contentType.indexOf(';');
        return semi < 0 ? contentType : contentType.substring(0, semi);
    }

    /** The status as the report prints it. */
    String statusText() {
        return ran() ? String.valueOf(status) : "—";
    }
}
