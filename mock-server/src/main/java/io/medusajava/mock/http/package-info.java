/**
 * The HTTP edge: WireMock meets the domain here and nowhere else. {@code MedusaTransformer} adapts
 * WireMock to {@code EdgeDispatcher}, which runs the Express-like pipeline (faults, CORS, body
 * parsing, sessions, routing, idempotency, error pages) around the {@code Handler}s registered in
 * {@code Routes}.
 */
package io.medusajava.mock.http;
