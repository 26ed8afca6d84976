package io.medusajava.mock.http;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.http.client.ApacheHttpClientFactory;
import com.github.tomakehurst.wiremock.http.client.HttpClient;
import com.github.tomakehurst.wiremock.http.client.HttpClientFactory;
import java.io.IOException;
import java.util.List;

/**
 * WireMock's proxy client, built on first use. WireMock builds it at startup (Apache HttpClient,
 * TLS trust store), about a third of a second the store itself never needs: it only proxies for a
 * stub a user adds.
 */
public final class LazyProxyClient implements HttpClientFactory {
  @Override
  public HttpClient buildHttpClient(
      Options options,
      boolean trustAllCertificates,
      List<String> trustedHosts,
      boolean useSystemProperties) {
    return new HttpClient() {
      private HttpClient real;

      private synchronized HttpClient real() {
        if (real == null) {
          real =
              new ApacheHttpClientFactory()
                  .buildHttpClient(
                      options, trustAllCertificates, trustedHosts, useSystemProperties);
        }
        return real;
      }

      @Override
      public Response execute(Request request) throws IOException {
        return real().execute(request);
      }
    };
  }
}
