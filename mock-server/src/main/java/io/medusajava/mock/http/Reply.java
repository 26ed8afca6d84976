package io.medusajava.mock.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers: a status, a body (JSON or text) and extra headers. Immutable apart from headers. */
public final class Reply {
    private final int status;
    private final JsonNode json;
    private final String text;
    private final String contentType;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Reply(int status, JsonNode json, String text, String contentType) {
        this.status = status;
        this.json = json;
        this.text = text;
        this.contentType = contentType;
    }

    /** A 200 with a JSON body, as almost every Store operation answers. */
    public static Reply ok(JsonNode body) {
        return json(200, body);
    }

    public static Reply json(int status, JsonNode body) {
        return new Reply(status, body, null, "application/json; charset=utf-8");
    }

    public static Reply text(int status, String body) {
        return new Reply(status, null, body, "text/plain; charset=utf-8");
    }

    public static Reply html(int status, String body) {
        return new Reply(status, null, body, "text/html; charset=utf-8");
    }

    /**
     * A body with no Content-Type at all, as passport writes its 401 "Unauthorized" (transcripts 59-61).
     */
    public static Reply bare(int status, String body) {
        return new Reply(status, null, body, null);
    }

    /** A copy with its own header map, so a stored reply can be replayed with different headers. */
    public Reply copy() {
        Reply r = new Reply(status, json, text, contentType);
        r.headers.putAll(headers);
        return r;
    }

    /** Adds a response header; returns this for chaining. */
    public Reply header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    /** The JSON body, or null for a text or HTML reply. */
    public JsonNode json() {
        return json;
    }

    /** The text body, or null for a JSON reply. */
    public String text() {
        return text;
    }

    public String contentType() {
        return contentType;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
