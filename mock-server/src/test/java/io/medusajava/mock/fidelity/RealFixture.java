package io.medusajava.mock.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the real server needs besides its catalog seed so that the scenario can run on it as on the
 * mock:
 *
 * <ul>
 *   <li>a discount {@code WELCOME10} and a gift card like the mock's seed has, made through the
 *       Admin API (the setup's admin, {@code ADMIN_EMAIL}/{@code ADMIN_PASSWORD} to override);
 *   <li>the after-sales objects of {@code seed-after-sales.mjs}, run right before the scenario (its
 *       tokens live 15 minutes).
 * </ul>
 *
 * Each preparation returns null when it worked, or why it could not be done, so the steps that need
 * it are skipped with that reason.
 */
final class RealFixture implements Side.Fixture {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Side side;
  private final Map<String, String> env;
  private final Path projectRoot;
  private final Path workDir;

  RealFixture(Side side, Map<String, String> env, Path projectRoot, Path workDir) {
    this.side = side;
    this.env = env;
    this.projectRoot = projectRoot;
    this.workDir = workDir;
  }

  /**
   * Every value on real comes from its answers or from the after-sales file, so there is nothing to
   * refresh.
   */
  @Override
  public void refresh(String what, Side s) {}

  /**
   * The discounts {@code WELCOME10} and {@code FREESHIP}, a product tag and type (on a draft
   * product, which the store's product lists do not show), a type on every published product, once
   * per server; a new gift card every run (its balance gets spent). Sets {@code gift_card_code}.
   */
  String prepareAdminData() {
    try {
      JsonNode token =
          admin(
              "POST",
              "/admin/auth/token",
              "{\"email\":\""
                  + env.getOrDefault("ADMIN_EMAIL", "admin@test.com")
                  + "\",\"password\":\""
                  + env.getOrDefault("ADMIN_PASSWORD", "supersecret")
                  + "\"}",
              null);
      String bearer = token.path("access_token").asText(null);
      if (bearer == null) {
        return "the real server's admin login failed: " + token;
      }
      JsonNode regions = admin("GET", "/store/regions", null, null).path("regions");
      String na = null;
      List<String> all = new ArrayList<>();
      for (JsonNode r : regions) {
        all.add("\"" + r.path("id").asText() + "\"");
        if (r.path("currency_code").asText().equals("usd")) {
          na = r.path("id").asText();
        }
      }
      if (admin("GET", "/admin/discounts/code/WELCOME10", null, bearer)
          .path("discount")
          .isMissingNode()) {
        admin(
            "POST",
            "/admin/discounts",
            "{\"code\":\"WELCOME10\",\"is_dynamic\":false,\"regions\":"
                + all
                + ",\"rule\":{\"type\":\"percentage\",\"value\":10,\"allocation\":\"total\","
                + "\"description\":\"fidelity: 10% off like the mock's seed\"}}",
            bearer);
      }
      if (admin("GET", "/admin/discounts/code/FREESHIP", null, bearer)
          .path("discount")
          .isMissingNode()) {
        admin(
            "POST",
            "/admin/discounts",
            "{\"code\":\"FREESHIP\",\"is_dynamic\":false,\"regions\":[\""
                + na
                + "\"],\"rule\":{\"type\":\"free_shipping\",\"value\":0,\"allocation\":\"total\","
                + "\"description\":\"fidelity: free shipping like the mock's seed\"}}",
            bearer);
      }
      if (admin("GET", "/store/product-tags?value[]=fidelity", null, null).path("count").asInt()
          == 0) {
        admin(
            "POST",
            "/admin/products",
            "{\"title\":\"Fidelity tag and type holder\",\"status\":\"draft\","
                + "\"tags\":[{\"value\":\"fidelity\"}],\"type\":{\"value\":\"fidelity\"}}",
            bearer);
      }
      // The mock's seed types every product; real's seed types none, and a type that is an object
      // on one side and null on the other is a shape difference on every product answer.
      for (JsonNode p : admin("GET", "/store/products?limit=100", null, null).path("products")) {
        if (p.path("type").isNull()) {
          admin(
              "POST",
              "/admin/products/" + p.path("id").asText(),
              "{\"type\":{\"value\":\"fidelity\"}}",
              bearer);
        }
      }
      JsonNode card =
          admin(
              "POST", "/admin/gift-cards", "{\"value\":5000,\"region_id\":\"" + na + "\"}", bearer);
      String code = card.path("gift_card").path("code").asText(null);
      if (code == null) {
        return "the real server made no gift card: " + card;
      }
      side.vars.put("gift_card_code", code);
      side.vars.put("gift_card_code_lower", code.toLowerCase(java.util.Locale.ROOT));
      return null;
    } catch (IOException e) {
      return "the real server's Admin API failed: " + e.getMessage();
    }
  }

  /**
   * Runs {@code seed-after-sales.mjs} against real and reads its file into the side's values. Needs
   * node, the script (next to setup.sh, found above the project as {@code shared/real-medusa}, or
   * {@code MEDUSA_SEED_AFTER_SALES}) and the server's {@code MEDUSA_DIR} (default {@code
   * /tmp/medusa-real}, as setup.sh) with the same {@code DATABASE_URL} or {@code DB_NAME} the
   * server was started with.
   */
  String prepareAfterSales() {
    Path script =
        env.containsKey("MEDUSA_SEED_AFTER_SALES")
            ? Path.of(env.get("MEDUSA_SEED_AFTER_SALES"))
            : findScript();
    if (script == null || !Files.isReadable(script)) {
      return "seed-after-sales.mjs not found (set MEDUSA_SEED_AFTER_SALES)";
    }
    String medusaDir = env.getOrDefault("MEDUSA_DIR", "/tmp/medusa-real");
    if (!Files.isReadable(Path.of(medusaDir, "medusa-config.js"))) {
      return medusaDir
          + "/medusa-config.js not found: set MEDUSA_DIR to the real server's directory";
    }
    Path out = workDir.resolve("after-sales.json");
    Path log = workDir.resolve("after-sales.log");
    ProcessBuilder pb =
        new ProcessBuilder(
                "node",
                script.toString(),
                "--base",
                side.baseUrl,
                "--out",
                out.toString(),
                "--quiet")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(log.toFile());
    pb.environment().put("MEDUSA_DIR", medusaDir);
    if (!env.containsKey("DATABASE_URL") && env.containsKey("DB_NAME")) {
      pb.environment()
          .put(
              "DATABASE_URL",
              "postgres://"
                  + env.getOrDefault("DB_USER", "medusa")
                  + ":"
                  + env.getOrDefault("DB_PASS", "medusa")
                  + "@127.0.0.1:5432/"
                  + env.get("DB_NAME"));
    }
    try {
      Files.createDirectories(workDir);
      Files.deleteIfExists(out);
      Process p = pb.start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return "seed-after-sales.mjs did not finish in 120 s";
      }
      if (p.exitValue() != 0) {
        List<String> lines = Files.readAllLines(log);
        return "seed-after-sales.mjs failed: "
            + (lines.isEmpty() ? "exit " + p.exitValue() : lines.get(lines.size() - 1));
      }
      read(Exchange.MAPPER.readTree(out.toFile()));
      return null;
    } catch (IOException e) {
      return "node could not run seed-after-sales.mjs: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  /**
   * The after-sales file's ids and credentials, under the names the scenario uses on both sides.
   */
  private void read(JsonNode as) {
    Map<String, String> v = side.vars;
    v.put("owner_email", as.at("/customer/email").asText());
    v.put("owner_password", as.at("/customer/password").asText());
    v.put("fulfilled_order", as.at("/fulfilled_order/id").asText());
    v.put("fulfilled_display_id", as.at("/fulfilled_order/display_id").asText());
    v.put("fulfilled_item", as.at("/fulfilled_order/items/0/id").asText());
    v.put("fulfilled_item_b", as.at("/fulfilled_order/items/1/id").asText());
    v.put("swap_variant", as.at("/swap_variant_id").asText());
    v.put("return_option", as.at("/return_shipping_option_id").asText());
    v.put("return_reason", as.at("/return_reason/child_id").asText());
    v.put("return_reason_parent", as.at("/return_reason/id").asText());
    for (String purpose : List.of("complete", "decline")) {
      JsonNode e = as.at("/order_edits/to_" + purpose);
      v.put("edit_" + purpose, e.path("id").asText());
      v.put("edit_" + purpose + "_order", e.path("order_id").asText());
      v.put("paycol_" + purpose, e.path("payment_collection_id").asText());
      v.put("paycol_" + purpose + "_amount", e.path("payment_collection_amount").asText());
    }
    v.put("reset_email", as.at("/password_reset/email").asText());
    v.put("reset_password", as.at("/password_reset/password").asText());
    v.put("reset_new_password", as.at("/password_reset/new_password").asText());
    v.put("reset_token", as.at("/password_reset/token").asText());
    v.put("foreign_email", as.at("/password_reset/foreign_email").asText());
    v.put("foreign_token", as.at("/password_reset/foreign_token").asText());
    v.put("claimer_email", as.at("/order_claim/email").asText());
    v.put("claimer_password", as.at("/order_claim/password").asText());
    v.put("claim_order", as.at("/order_claim/order_id").asText());
    v.put("claim_token", as.at("/order_claim/token").asText());
    v.put("claim_token_expired", as.at("/order_claim/expired_token").asText());
  }

  /** {@code shared/real-medusa/seed-after-sales.mjs} in the project's directory or one above it. */
  private Path findScript() {
    for (Path dir = projectRoot.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path p = dir.resolve("shared/real-medusa/seed-after-sales.mjs");
      if (Files.isReadable(p)) {
        return p;
      }
    }
    return null;
  }

  private JsonNode admin(String method, String path, String body, String bearer)
      throws IOException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(side.baseUrl + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() >= 300 && r.statusCode() != 404) {
        throw new IOException(method + " " + path + " -> " + r.statusCode() + " " + r.body());
      }
      return r.body().isBlank()
          ? Exchange.MAPPER.createObjectNode()
          : Exchange.MAPPER.readTree(r.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
