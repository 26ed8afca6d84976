package io.medusajava.mock.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * Express's entity tags and its freshness check. Every answer {@code res.send} writes carries a
 * weak ETag made of the body's length (hex) and SHA-1 (base64, unpadded); a GET or HEAD answered
 * 2xx whose {@code If-None-Match} names that tag (or is {@code *}) becomes a 304 without a body, so
 * clients with an HTTP cache revalidate against the mock as they do against real Medusa. A 204 or
 * 304 loses its body after tagging, as in Express.
 */
final class Etags {
  /** The last body tagged: the products-page cache hands out the same array again and again. */
  private record Last(byte[] body, String tag) {}

  private volatile Last last = new Last(null, null);

  /**
   * Tags {@code reply} when Express would, and turns it into a 304 when the request already has it.
   */
  Reply apply(Reply reply, EdgeRequest request) {
    if (!reply.tagged()) {
      return reply;
    }
    String tag = tag(reply.body());
    reply.header("ETag", tag);
    int status = fresh(request, reply.status(), tag) ? 304 : reply.status();
    if (status != 204 && status != 304) {
      return reply;
    }
    // Then res.send drops the body and its type: sendStatus(204) tags the text "No Content" it
    // never sends.
    Reply bodiless = Reply.bare(status, "");
    bodiless.headers().putAll(reply.headers());
    return bodiless;
  }

  String tag(byte[] body) {
    Last seen = last;
    if (seen.body() == body) {
      return seen.tag();
    }
    String tag;
    try {
      byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(body);
      tag =
          "W/\""
              + Integer.toHexString(body.length)
              + "-"
              + Base64.getEncoder().withoutPadding().encodeToString(sha1)
              + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-1", e);
    }
    last = new Last(body, tag);
    return tag;
  }

  /**
   * Express's {@code req.fresh}: only for GET and HEAD answered 2xx; never when the request says
   * {@code Cache-Control: no-cache}; never with {@code If-Modified-Since}, since no answer has a
   * Last-Modified; otherwise when {@code If-None-Match} is {@code *} or lists the tag, weak or
   * strong.
   */
  private static boolean fresh(EdgeRequest request, int status, String tag) {
    boolean readOnly = "GET".equals(request.method()) || "HEAD".equals(request.method());
    String noneMatch = request.header("If-None-Match");
    if (!readOnly
        || status < 200
        || status >= 300
        || noneMatch == null
        || noneMatch.isBlank()
        || request.header("If-Modified-Since") != null) {
      return false;
    }
    String cacheControl = request.header("Cache-Control");
    if (cacheControl != null
        && cacheControl.toLowerCase(Locale.ROOT).matches("(?:^|.*,)\\s*no-cache\\s*(?:,.*|$)")) {
      return false;
    }
    if (noneMatch.trim().equals("*")) {
      return true;
    }
    String strong = tag.substring(2);
    for (String listed : noneMatch.split(",")) {
      String t = listed.trim();
      if (t.equals(tag) || t.equals(strong)) {
        return true;
      }
    }
    return false;
  }
}
