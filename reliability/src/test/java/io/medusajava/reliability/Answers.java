package io.medusajava.reliability;

import okhttp3.mockwebserver.MockResponse;

/** Small, valid Store API answers for the MockWebServer tests of the reliability suite. */
public final class Answers {
  public static final String PRODUCTS = "{\"products\":[],\"count\":0,\"offset\":0,\"limit\":100}";
  public static final String CUSTOMER =
      "{\"customer\":{\"id\":\"cus_01\",\"email\":\"jane@example.com\"}}";
  public static final String CART = "{\"cart\":{\"id\":\"cart_01\"}}";

  private Answers() {}

  public static MockResponse json(String body) {
    return new MockResponse()
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .setBody(body);
  }

  public static MockResponse status(int code) {
    return json("{\"type\":\"unknown_error\",\"message\":\"try later\"}").setResponseCode(code);
  }

  public static MockResponse token(String accessToken) {
    return json("{\"access_token\":\"" + accessToken + "\"}");
  }
}
