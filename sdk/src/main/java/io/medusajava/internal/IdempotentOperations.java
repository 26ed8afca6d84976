package io.medusajava.internal;

import java.util.regex.Pattern;
import okhttp3.Request;

/**
 * The five POST operations that Medusa 1.20 guards with an {@code Idempotency-Key}: running one
 * twice with the key the server issued replays the first result instead of doing the work again.
 */
final class IdempotentOperations {
  static final String HEADER = "Idempotency-Key";

  private static final Pattern PATHS =
      Pattern.compile(
          ".*/store/("
              + "carts/[^/]+/complete" // complete cart
              + "|carts/[^/]+/taxes" // calculate taxes
              + "|carts/[^/]+/payment-sessions" // create payment sessions
              + "|returns" // create return
              + "|swaps" // create swap
              + ")/?");

  private IdempotentOperations() {}

  static boolean matches(Request request) {
    return "POST".equals(request.method()) && PATHS.matcher(request.url().encodedPath()).matches();
  }
}
