package io.medusajava.errors;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns failed calls into {@link MedusaException}s; it is used by the SDK's call layer, and
 * applications do not need it.
 */
public final class ErrorMapper {
  /**
   * The one place that decides which exception class an HTTP status gets; 5xx and the rest are
   * below.
   */
  private static final Map<Integer, Factory> BY_STATUS;

  static {
    Map<Integer, Factory> byStatus = new HashMap<>();
    byStatus.put(400, InvalidRequestException::new);
    byStatus.put(401, AuthenticationException::new);
    byStatus.put(404, NotFoundException::new);
    byStatus.put(409, ConflictException::new);
    byStatus.put(422, UnprocessableException::new);
    byStatus.put(429, RateLimitException::new);
    BY_STATUS = Collections.unmodifiableMap(byStatus);
  }

  /** Builds one exception class from the details of a failure. */
  private interface Factory {
    MedusaException create(ErrorDetails details);
  }

  private ErrorMapper() {}

  /**
   * Returns the exception for an error response, picked by status and filled from whatever body
   * came with it.
   *
   * @param status the HTTP status of the response
   * @param contentType the response's Content-Type header, if any
   * @param body the response body as text, if any; it may be JSON, plain text, HTML or anything
   *     else
   * @param method the HTTP method of the request
   * @param path the path and query of the request as sent
   */
  public static MedusaException fromResponse(
      int status, @Nullable String contentType, @Nullable String body, String method, String path) {
    ErrorBody parsed = ErrorBody.read(contentType, body);
    String message =
        status + label(parsed.type, parsed.code) + ": " + parsed.detail() + request(method, path);
    ErrorDetails details =
        new ErrorDetails(
            message,
            status,
            parsed.type,
            parsed.code,
            parsed.serverMessage,
            body == null || body.isEmpty() ? null : body,
            method,
            path,
            null);
    return factoryFor(status).create(details);
  }

  /**
   * Returns the exception for a call that got no response because of {@code cause}, a timeout
   * included.
   *
   * @param cause the I/O failure the HTTP client reported
   * @param method the HTTP method of the request
   * @param path the path and query of the request as sent
   */
  public static ConnectionException connectionFailure(
      IOException cause, String method, String path) {
    String message = "No response: " + describe(cause) + request(method, path);
    return new ConnectionException(
        new ErrorDetails(message, 0, null, null, null, null, method, path, cause));
  }

  /**
   * Returns the exception for a success response whose body could not be decoded, such as truncated
   * JSON, an HTML page or an empty body.
   *
   * @param status the HTTP status of the response, normally 2xx
   * @param contentType the response's Content-Type header, if any
   * @param bodyExcerpt the start of the body, if it could be read
   * @param cause what the decoder threw
   * @param method the HTTP method of the request
   * @param path the path and query of the request as sent
   */
  public static UnexpectedResponseException undecodable(
      int status,
      @Nullable String contentType,
      @Nullable String bodyExcerpt,
      Throwable cause,
      String method,
      String path) {
    String content =
        bodyExcerpt == null || bodyExcerpt.trim().isEmpty()
            ? "empty body"
            : (contentType == null || contentType.isEmpty() ? "body" : contentType + " body")
                + " starting "
                + quote(ErrorBody.excerpt(bodyExcerpt));
    String message =
        status
            + ": could not decode the response ("
            + describe(cause)
            + "); "
            + content
            + request(method, path);
    return new UnexpectedResponseException(
        new ErrorDetails(
            message,
            status,
            null,
            null,
            null,
            bodyExcerpt == null || bodyExcerpt.isEmpty() ? null : bodyExcerpt,
            method,
            path,
            cause));
  }

  /**
   * Returns the exception for an answer whose body outgrew the client's response-size limit;
   * reading stopped at the limit.
   *
   * @param status the HTTP status of the response
   * @param contentType the response's Content-Type header, if any
   * @param limitBytes the limit, in bytes
   * @param method the HTTP method of the request
   * @param path the path and query of the request as sent
   */
  public static ResponseTooLargeException tooLarge(
      int status, @Nullable String contentType, long limitBytes, String method, String path) {
    String content = contentType == null || contentType.isEmpty() ? "body" : contentType + " body";
    String message =
        status
            + ": the "
            + content
            + " is larger than the response-size limit of "
            + size(limitBytes)
            + " (maxResponseBytes); reading stopped there"
            + request(method, path);
    return new ResponseTooLargeException(
        new ErrorDetails(message, status, null, null, null, null, method, path, null), limitBytes);
  }

  /**
   * Returns the exception for a success answer the SDK cannot use although it decoded, such as a
   * token that could never be sent back in a header. The message names the problem, never the
   * offending value.
   *
   * @param status the HTTP status of the response
   * @param problem what is wrong with the answer, without its content
   * @param method the HTTP method of the request
   * @param path the path and query of the request as sent
   */
  public static UnexpectedResponseException unusableAnswer(
      int status, String problem, String method, String path) {
    String message = status + ": unusable answer: " + problem + request(method, path);
    return new UnexpectedResponseException(
        new ErrorDetails(message, status, null, null, null, null, method, path, null));
  }

  /**
   * Returns the exception for a call made with a stored token that could not be sent (a line break,
   * a control character or non-ASCII in it); the caller has discarded the token, so the client is
   * logged out.
   *
   * @param method the HTTP method of the request
   * @param path the path and query of the request as sent
   */
  public static AuthenticationException discardedToken(String method, String path) {
    String message =
        "The stored token is not a usable header value (a line break, a control character or"
            + " non-ASCII) and was discarded; log in again"
            + request(method, path);
    return new AuthenticationException(
        new ErrorDetails(message, 0, null, null, null, null, method, path, null));
  }

  /**
   * Returns the exception for a call that failed on the client's side: an interceptor, a session
   * store or the SDK threw {@code cause}. The message names only the exception's class, since its
   * text may quote header values.
   *
   * @param cause what was thrown
   * @param method the HTTP method of the request
   * @param path the path and query of the request as sent
   */
  public static ClientSideException clientSide(Throwable cause, String method, String path) {
    String message =
        "Failed on the client side: "
            + cause.getClass().getName()
            + " thrown by an interceptor, a session store or the SDK (see the cause)"
            + request(method, path);
    return new ClientSideException(
        new ErrorDetails(message, 0, null, null, null, null, method, path, cause));
  }

  private static Factory factoryFor(int status) {
    Factory exact = BY_STATUS.get(status);
    if (exact != null) {
      return exact;
    }
    if (status >= 500 && status <= 599) {
      return ServerException::new;
    }
    return UnexpectedResponseException::new;
  }

  /** " type (code)", leaving out what is missing and a code that only repeats the type. */
  private static String label(@Nullable String type, @Nullable String code) {
    StringBuilder label = new StringBuilder();
    if (type != null) {
      label.append(' ').append(type);
    }
    if (code != null && !code.equals(type)) {
      label.append(" (").append(code).append(')');
    }
    return label.toString();
  }

  private static String request(String method, String path) {
    return " [" + method + " " + path + "]";
  }

  /** "16 MiB", "256 KiB" or "1000 bytes". */
  private static String size(long bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MiB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return bytes / 1024 + " KiB";
    }
    return bytes + " bytes";
  }

  private static String quote(String text) {
    return "\"" + text + "\"";
  }

  /**
   * Names a failure the way a reader of a log wants it: "timeout", "Connection reset", never just
   * "null".
   */
  private static String describe(Throwable cause) {
    String detail = cause.getMessage();
    String kind = cause.getClass().getSimpleName();
    if (detail == null || detail.trim().isEmpty()) {
      if (cause instanceof SocketTimeoutException) {
        return "timeout";
      }
      return cause instanceof InterruptedIOException ? "interrupted" : kind;
    }
    return ErrorBody.excerpt(detail) + " (" + kind + ")";
  }
}
