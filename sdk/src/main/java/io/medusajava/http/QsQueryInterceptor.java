package io.medusajava.http;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Sends the brackets of query names literally ({@code id[]=a}, {@code created_at[gt]=...}), the form the
 * server's {@code qs} parser documents. Retrofit percent-encodes them, which {@code qs} also reads; this
 * keeps the wire readable in logs and proxies. Only names change, and only our spec's names have brackets;
 * values stay encoded.
 */
final class QsQueryInterceptor implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    HttpUrl url = chain.request().url();
    String query = url.encodedQuery();
    if (query == null || !query.contains("%5B")) {
      return chain.proceed(chain.request());
    }
    StringBuilder out = new StringBuilder(query.length());
    for (String pair : query.split("&", -1)) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      out.append(out.length() == 0 ? "" : "&")
          .append(name.replace("%5B", "[").replace("%5D", "]"))
          .append(eq < 0 ? "" : pair.substring(eq));
    }
    HttpUrl literal = url.newBuilder().encodedQuery(out.toString()).build();
    return chain.proceed(chain.request().newBuilder().url(literal).build());
  }
}
