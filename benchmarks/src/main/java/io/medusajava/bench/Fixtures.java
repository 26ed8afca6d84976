package io.medusajava.bench;

import io.medusajava.mock.MedusaMockServer;
import io.medusajava.mock.MockServerOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Real response bodies, taken once from the mock, so every benchmark decodes what the server really
 * sends.
 */
public final class Fixtures {
  public final byte[] products20;
  public final byte[] products100;
  public final byte[] cart;
  public final String variantId;

  private Fixtures(byte[] products20, byte[] products100, byte[] cart, String variantId) {
    this.products20 = products20;
    this.products100 = products100;
    this.cart = cart;
    this.variantId = variantId;
  }

  public static Fixtures load() throws IOException {
    Path seed = BigSeed.write(150);
    try (MedusaMockServer server =
        new MedusaMockServer(
                MockServerOptions.defaults().port(0).bindAddress("127.0.0.1").seedFile(seed))
            .start()) {
      OkHttpClient http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(30)).build();
      String base = server.baseUrl();
      byte[] p20 = get(http, base + "/store/products?limit=20");
      byte[] p100 = get(http, base + "/store/products?limit=100");
      String region = server.state().catalog().listRegions().get(0).id;
      byte[] created = post(http, base + "/store/carts", "{\"region_id\":\"" + region + "\"}");
      String cartId =
          new String(created).replaceAll("(?s).*?\"id\"\\s*:\\s*\"(cart_[^\"]+)\".*", "$1");
      // The first variant id in the page (ids are upper case, so the "variant_id" key does not
      // match).
      String variant = new String(p20).replaceAll("(?s).*?\"(variant_[A-Z0-9]{6,})\".*", "$1");
      byte[] cart =
          post(
              http,
              base + "/store/carts/" + cartId + "/line-items",
              "{\"variant_id\":\"" + variant + "\",\"quantity\":1}");
      return new Fixtures(p20, p100, cart, variant);
    }
  }

  private static byte[] get(OkHttpClient http, String url) throws IOException {
    try (Response r = http.newCall(new Request.Builder().url(url).build()).execute()) {
      return check(r);
    }
  }

  private static byte[] post(OkHttpClient http, String url, String json) throws IOException {
    try (Response r =
        http.newCall(
                new Request.Builder()
                    .url(url)
                    .post(RequestBody.create(json, MediaType.get("application/json")))
                    .build())
            .execute()) {
      return check(r);
    }
  }

  private static byte[] check(Response r) throws IOException {
    byte[] body = r.body().bytes();
    if (!r.isSuccessful()) {
      throw new IOException(r.code() + " " + new String(body));
    }
    return body;
  }
}
