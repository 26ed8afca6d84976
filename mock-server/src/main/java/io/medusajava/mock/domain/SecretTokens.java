package io.medusajava.mock.domain;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Tokens that stand for a secret mailed to a customer (password reset, order claim). Unlike ids, which come from
 * the seeded, deterministic {@link IdGenerator}, they must not be guessable from the ids a client sees, so they
 * come from {@link SecureRandom}: 256 bits, base64url.
 */
public final class SecretTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
    }

    /** A fresh token such as {@code pwreset_3q2-...}, the prefix saying what it is for. */
    public static String next(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
