package io.medusajava.mock.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.json.Json;

/** Medusa's error bodies, field order included, for the failures handlers and the edge raise. */
final class ErrorReplies {
  private ErrorReplies() {}

  /**
   * {@code {"type","message"}}, or with a code {@code {"code","type","message"}}: Medusa's error
   * handler writes the code first when there is one (transcripts 50, 63). A 401 is the bare text
   * passport prints.
   */
  static Reply of(MedusaError e) {
    if (e.status() == 401) {
      return Reply.text(401, "Unauthorized");
    }
    ObjectNode n = Json.object();
    if (e.code() != null) {
      n.put("code", e.code());
    }
    n.put("type", e.type());
    n.put("message", e.getMessage());
    return Reply.json(e.status(), n);
  }

  /** What Medusa answers when something throws that it did not expect. */
  static Reply unknown() {
    return of(new MedusaError(500, "unknown_error", "An unknown error occurred.", "unknown_error"));
  }

  /** The 401 of a route that needs a customer: no Content-Type, as on the wire. */
  static Reply unauthorized() {
    return Reply.bare(401, "Unauthorized");
  }
}
