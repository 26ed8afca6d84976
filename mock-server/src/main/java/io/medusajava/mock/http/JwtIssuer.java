package io.medusajava.mock.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;

/**
 * Store JWTs like Medusa's {@code POST /store/auth/token}: HS256 over {@code {customer_id,
 * domain:"store", iat, exp}}, valid 30 days, signed with a secret that lives as long as the server.
 */
public final class JwtIssuer {
  private static final long TTL_SECONDS = Duration.ofDays(30).toSeconds();
  private static final String HEADER = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");

  private final Hmac signer = Hmac.random();

  public String issue(String customerId) {
    long now = System.currentTimeMillis() / 1000;
    ObjectNode claims = Json.object();
    claims.put("customer_id", customerId);
    claims.put("domain", "store");
    claims.put("iat", now);
    claims.put("exp", now + TTL_SECONDS);
    String unsigned = HEADER + "." + b64(Json.toJson(claims));
    return unsigned + "." + signer.signUrl(unsigned);
  }

  /**
   * The customer a valid, unexpired store token names; null for anything else, which is just "no
   * customer".
   */
  public String customerOf(String token) {
    String[] parts = token.split("\\.");
    if (parts.length != 3) {
      return null;
    }
    byte[] expected = signer.signUrl(parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))) {
      return null;
    }
    try {
      JsonNode claims = Json.MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
      if (!"store".equals(claims.path("domain").asText())
          || claims.path("exp").asLong() < System.currentTimeMillis() / 1000) {
        return null;
      }
      String id = claims.path("customer_id").asText(null);
      return id == null || id.isEmpty() ? null : id;
    } catch (Exception e) {
      return null;
    }
  }

  private static String b64(String s) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
