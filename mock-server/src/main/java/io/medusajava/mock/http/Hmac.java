package io.medusajava.mock.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 under a secret made fresh for each server, so cookies and tokens never outlive it. */
final class Hmac {
    private final byte[] secret;

    private Hmac(byte[] secret) {
        this.secret = secret;
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
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
