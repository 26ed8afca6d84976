package io.medusajava.mock.http;

/**
 * What the edge should send: a reply, possibly after a delay, or instead a broken connection.
 *
 * @param reply the answer (also present for DROP_AFTER_PROCESSING, where it is computed but not
 *     sent)
 * @param delayMillis latency to add before answering
 * @param connectionFault a connection-level fault to perform instead of sending the reply, or null
 */
public record EdgeOutcome(Reply reply, long delayMillis, FaultKind connectionFault) {}
