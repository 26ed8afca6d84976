package io.medusajava.mock.domain.customer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HS256 JWTs Medusa hands out by e-mail (password reset, order claim), so that the mock's
 * tokens look and fail as real's do: a token that is not a JWT, is signed with another key or has
 * expired does not verify.
 */
final class SignedTokens {
  private static final String HEADER =
      b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

  private SignedTokens() {}

  /**
   * Why a token did not verify; real's jsonwebtoken throws here, and Medusa turns that into a 500.
   */
  static final class Unverifiable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unverifiable(String why) {
      super(why);
    }
  }

  static String sign(ObjectNode claims, byte[] key) {
    String unsigned = HEADER + "." + b64(Json.toJson(claims).getBytes(StandardCharsets.UTF_8));
    return unsigned + "." + b64(hmac(key, unsigned));
  }

  /** The claims of a token signed with {@code key} and not expired at {@code nowSeconds}. */
  static JsonNode verify(String token, byte[] key, long nowSeconds) {
    String[] parts = token == null ? new String[0] : token.split("\\.", -1);
    if (parts.length != 3) {
      throw new Unverifiable("jwt malformed");
    }
    byte[] expected = b64(hmac(key, parts[0] + "." + parts[1])).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))) {
      throw new Unverifiable("invalid signature");
    }
    JsonNode claims;
    try {
      claims = Json.MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
    } catch (Exception e) {
      throw new Unverifiable("jwt malformed");
    }
    if (claims.has("exp") && claims.get("exp").asLong() <= nowSeconds) {
      throw new Unverifiable("jwt expired");
    }
    return claims;
  }

  /**
   * A key derived from its parts, so that changing any part (a password) makes older tokens
   * unverifiable.
   */
  static byte[] key(byte[] secret, String... parts) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(secret);
      for (String p : parts) {
        d.update((byte) 0);
        d.update(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
      }
      return d.digest();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
