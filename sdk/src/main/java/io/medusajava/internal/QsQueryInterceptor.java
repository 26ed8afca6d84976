package io.medusajava.internal;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Writes the query the way the server's {@code qs} parser documents it: brackets in names literally
 * ({@code id[]=a}, {@code created_at[gt]=2024-01-01T00:00:00Z}), and colons and commas in values
 * literally ({@code expand=variants,variants.prices}). Retrofit percent-encodes all of them, which
 * {@code qs} also reads; this keeps the wire readable in logs and proxies. Only our spec's names
 * carry brackets, and neither a colon nor a comma means anything to {@code qs} in a value, so
 * nothing else changes.
 */
final class QsQueryInterceptor implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    HttpUrl url = chain.request().url();
    String query = url.encodedQuery();
    if (query == null
        || !(query.contains("%5B") || query.contains("%3A") || query.contains("%2C"))) {
      return chain.proceed(chain.request());
    }
    StringBuilder out = new StringBuilder(query.length());
    for (String pair : query.split("&", -1)) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      out.append(out.length() == 0 ? "" : "&")
          .append(name.replace("%5B", "[").replace("%5D", "]"))
          .append(eq < 0 ? "" : pair.substring(eq).replace("%3A", ":").replace("%2C", ","));
    }
    HttpUrl literal = url.newBuilder().encodedQuery(out.toString()).build();
    return chain.proceed(chain.request().newBuilder().url(literal).build());
  }
}
