package io.medusajava.mock.http;

import java.util.Map;

/**
 * CORS as Medusa's store router configures the {@code cors} middleware: any origin is echoed (the mock trusts
 * every storefront), credentials are allowed, and preflights are answered 204 before routing.
 */
final class Cors {
    static final String ALLOWED_METHODS = "GET,HEAD,PUT,PATCH,POST,DELETE";
    static final String ALLOWED_HEADERS =
            "Content-Type,Authorization,x-publishable-api-key,Idempotency-Key,Accept,Cookie";

    private Cors() {
    }

    /** Headers on every answer. {@code Vary} and credentials appear even without an Origin, as on the wire. */
    static void decorate(Reply reply, String origin) {
        reply.headers().put("Vary", "Origin");
        if (origin != null) {
            reply.headers().put("Access-Control-Allow-Origin", origin);
        }
        reply.headers().put("Access-Control-Allow-Credentials", "true");
    }

    static Reply preflight(String origin, String requestedHeaders) {
        // The cors middleware ends a preflight with no body and no Content-Type.
        Reply r = Reply.bare(204, "");
        decorate(r, origin);
        Map<String, String> h = r.headers();
        h.put("Vary", "Origin, Access-Control-Request-Headers");
        h.put("Access-Control-Allow-Methods", ALLOWED_METHODS);
        // The known Medusa headers always, plus whatever else the browser asks for.
        h.put("Access-Control-Allow-Headers", requestedHeaders != null && !requestedHeaders.isBlank()
                ? ALLOWED_HEADERS + "," + requestedHeaders : ALLOWED_HEADERS);
        h.put("Access-Control-Expose-Headers", "Idempotency-Key");
        return r;
    }
}
