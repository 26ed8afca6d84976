package io.medusajava.mock.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under a secret made fresh for each server, so cookies and tokens never outlive it.
 */
final class Hmac {
  /**
   * A Mac per thread: getInstance and init cost more than the signature itself, and a Mac is not
   * thread-safe.
   */
  private final ThreadLocal<Mac> macs;

  private Hmac(byte[] secret) {
    SecretKeySpec key = new SecretKeySpec(secret, "HmacSHA256");
    this.macs =
        ThreadLocal.withInitial(
            () -> {
              try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
              } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
              }
            });
  }

  static Hmac random() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    return new Hmac(secret);
  }

  /** Standard base64 without padding, as the cookie-signature module writes it. */
  String sign(String data) {
    return Base64.getEncoder().withoutPadding().encodeToString(raw(data));
  }

  /** base64url without padding, as JWTs carry it. */
  String signUrl(String data) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw(data));
  }

  private byte[] raw(String data) {
    // doFinal resets the Mac for the next use on this thread.
    return macs.get().doFinal(data.getBytes(StandardCharsets.UTF_8));
  }
}
