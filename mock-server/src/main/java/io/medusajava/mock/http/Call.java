package io.medusajava.mock.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.medusajava.mock.domain.StoreState;
import java.util.Map;

/**
 * One request as a handler sees it: path parameters, the qs-parsed query, the JSON body, and the
 * session. Implemented by the WireMock edge; handlers never see WireMock types.
 */
public interface Call {
  /** The store the handler works on. */
  StoreState state();

  String method();

  /** The raw path, without the query string. */
  String path();

  /** A path parameter by its template name ({@code id}, {@code line_id}, ...). */
  String pathParam(String name);

  QueryParams query();

  /**
   * The parsed JSON body; an empty object when the request had none. Malformed JSON never reaches a
   * handler.
   */
  JsonNode body();

  /** A request header, or null. */
  String header(String name);

  /** The id of the customer logged in by cookie session or Bearer token, or null. */
  String customerId();

  /**
   * The logged-in customer's id.
   *
   * @throws UnauthorizedException when nobody is logged in; the edge answers 401 text/plain
   *     "Unauthorized"
   */
  String requireCustomerId();

  /** Starts a cookie session for the customer on this request's session (login, registration). */
  void logIn(String customerId);

  /** Ends the cookie session of this request (logout). */
  void logOut();

  /** Issues a JWT for the customer, as POST /store/auth/token does. */
  String issueToken(String customerId);

  /**
   * The sales channels the request's publishable key scopes it to; empty when there is no known
   * key.
   */
  java.util.List<String> salesChannelIds();

  /** The request context Medusa stores on a new cart ({@code ip}, {@code user_agent}). */
  Map<String, Object> context();

  /** Where this server keeps rendered catalog pages; null (the default) renders every time. */
  default RenderedPages pages() {
    return null;
  }
}
