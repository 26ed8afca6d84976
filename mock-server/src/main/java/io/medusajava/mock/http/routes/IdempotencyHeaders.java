package io.medusajava.mock.http.routes;

import io.medusajava.mock.http.Reply;
import java.util.UUID;

/**
 * The Idempotency-Key headers of Medusa's idempotent operations (taxes, returns, swaps). The mock does not
 * replay stored responses for these operations; it only answers with a fresh key as the real server does when
 * it has not seen the client's key (README of the transcripts).
 */
final class IdempotencyHeaders {
    private IdempotencyHeaders() {
    }

    static Reply stamp(Reply reply) {
        return reply.header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Access-Control-Expose-Headers", "Idempotency-Key");
    }
}
