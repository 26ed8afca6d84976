package io.medusajava.mock.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Cookie sessions in the manner of express-session: a {@code connect.sid} cookie whose value is
 * {@code s:<id>.<HMAC signature>}, a store of session id to logged-in customer, and a 10-hour expiry.
 * Like the real server, every request without a known session gets a fresh one.
 */
public final class SessionStore {
    /** The cookie name express-session uses by default. */
    public static final String COOKIE = "connect.sid";
    private static final long TTL_HOURS = 10;
    /** Old sessions are forgotten past this many, so a long-running mock does not grow without bound. */
    private static final int MAX_SESSIONS = 50_000;
    private static final DateTimeFormatter EXPIRES =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);
    /** A session without a customer; maps cannot hold null values usefully, so this marks "anonymous". */
    private static final String ANONYMOUS = "";

    private final SecureRandom random = new SecureRandom();
    private final Hmac signer = Hmac.random();
    private final Map<String, String> sessions = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > MAX_SESSIONS;
                }
            });

    /** The session id named by a signed cookie value, when the signature holds and the session is alive. */
    public Optional<String> resolve(String cookieHeader) {
        String raw = cookieValue(cookieHeader);
        if (raw == null) {
            return Optional.empty();
        }
        // A value that does not decode (connect.sid=%zz) is no session of ours, as the cookie parser leaves it.
        String value = QsQueryParser.decodeOrNull(raw);
        if (value == null || !value.startsWith("s:") || value.lastIndexOf('.') < 0) {
            return Optional.empty();
        }
        int dot = value.lastIndexOf('.');
        String sid = value.substring(2, dot);
        String signature = value.substring(dot + 1);
        if (!signer.sign(sid).equals(signature) || !sessions.containsKey(sid)) {
            return Optional.empty();
        }
        return Optional.of(sid);
    }

    /** Starts an anonymous session and returns its id. */
    public String create() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String sid = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.put(sid, ANONYMOUS);
        return sid;
    }

    /** The {@code Set-Cookie} header value for a session. */
    public String setCookie(String sid) {
        String value = URLEncoder.encode("s:" + sid + "." + signer.sign(sid), StandardCharsets.UTF_8);
        String expires = EXPIRES.format(ZonedDateTime.now(ZoneOffset.UTC).plusHours(TTL_HOURS));
        return COOKIE + "=" + value + "; Path=/; Expires=" + expires + "; HttpOnly";
    }

    /** The customer logged in on the session, or null. */
    public String customerOf(String sid) {
        String c = sid == null ? null : sessions.get(sid);
        return c == null || c.isEmpty() ? null : c;
    }

    public void logIn(String sid, String customerId) {
        sessions.put(sid, customerId);
    }

    /** Destroys the session, as {@code req.session.destroy()} does: the old cookie stops working. */
    public void destroy(String sid) {
        sessions.remove(sid);
    }

    public void clear() {
        sessions.clear();
    }

    private static String cookieValue(String header) {
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            String p = part.trim();
            if (p.startsWith(COOKIE + "=")) {
                return p.substring(COOKIE.length() + 1);
            }
        }
        return null;
    }
}
