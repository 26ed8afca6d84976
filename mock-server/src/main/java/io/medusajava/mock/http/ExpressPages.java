package io.medusajava.mock.http;

/**
 * The HTML pages Express's default error handler prints: an unknown route (transcript 70) and a
 * body the JSON parser rejected (transcript 52). Both carry the same security headers as the real
 * ones.
 */
final class ExpressPages {
  private ExpressPages() {}

  static Reply cannot(String method, String path) {
    return page(404, "Cannot " + method.toUpperCase() + " " + escape(path));
  }

  /**
   * Express answers OPTIONS outside the store router itself: the methods a path has, or its 404
   * page. The only such path the mock serves is {@code /health}.
   */
  static Reply options(String path) {
    if (path.equals("/health")) {
      return Reply.html(200, "GET,HEAD").header("Allow", "GET,HEAD");
    }
    return cannot("OPTIONS", path);
  }

  /** body-parser refuses a JSON body in a charset that is not UTF-something before reading it. */
  static Reply unsupportedCharset(String charset) {
    return page(
        415,
        "UnsupportedMediaTypeError: unsupported charset &quot;"
            + escape(charset.toUpperCase(java.util.Locale.ROOT))
            + "&quot;");
  }

  /**
   * The real page shows a Node stack trace; one line of it is enough for clients, which only see
   * the 400.
   */
  static Reply malformedJson(String detail) {
    return page(
        400,
        "SyntaxError: " + escape(detail) + "<br> &nbsp; &nbsp;at JSON.parse (&lt;anonymous&gt;)");
  }

  private static Reply page(int status, String pre) {
    String html =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Error</title>\n"
            + "</head>\n<body>\n<pre>"
            + pre
            + "</pre>\n</body>\n</html>\n";
    return Reply.page(status, html)
        .header("Content-Security-Policy", "default-src 'none'")
        .header("X-Content-Type-Options", "nosniff");
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
