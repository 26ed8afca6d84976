package io.medusajava.mock.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One request of the scenario, sent alike to both sides. Paths, bodies and header values are
 * templates: {@code ${name}} is replaced by the value that side discovered under that name (ids
 * differ between the two seeds). A step can {@link #save} values from its own answer for later
 * steps, run as a named customer {@link #as session}, and ask the side's fixture to {@link
 * #refresh} something only it can read (a token).
 */
final class Step {
  /** What a step needs beyond a running server; without it the step is skipped on both sides. */
  enum Need {
    /** The after-sales objects: on real, {@code seed-after-sales.mjs} must have run. */
    AFTER_SALES,
    /** A publishable API key for the real server ({@code MEDUSA_PUBLISHABLE_KEY}). */
    PUBLISHABLE_KEY,
    /**
     * The discount, gift card, tag and type the mock's seed has, made on real through its Admin
     * API.
     */
    ADMIN
  }

  /**
   * A value read from a step's JSON answer, stored under {@code name} on the side that answered.
   */
  record Capture(String name, Function<JsonNode, JsonNode> read) {}

  final String id;
  final String group;
  final String method;
  final String path;
  final String body;
  final Set<Need> needs;
  final Map<String, String> headers = new LinkedHashMap<>();
  final List<Capture> captures = new ArrayList<>();
  final List<String> refreshes = new ArrayList<>();
  String session;
  boolean publishableKey;
  String contentType = "application/json";

  Step(String id, String group, String method, String path, String body, Set<Need> needs) {
    this.id = id;
    this.group = group;
    this.method = method;
    this.path = path;
    this.body = body;
    this.needs = needs.isEmpty() ? EnumSet.noneOf(Need.class) : EnumSet.copyOf(needs);
  }

  /** Sends the session cookie of {@code name} (kept per side) and keeps the one the answer sets. */
  Step as(String name) {
    this.session = name;
    return this;
  }

  /** {@code Authorization: Bearer <template>}. */
  Step bearer(String tokenTemplate) {
    return header("Authorization", "Bearer " + tokenTemplate);
  }

  Step header(String name, String valueTemplate) {
    headers.put(name, valueTemplate);
    return this;
  }

  /** Sends the side's publishable key; the step then needs one on real. */
  Step withKey() {
    this.publishableKey = true;
    this.needs.add(Need.PUBLISHABLE_KEY);
    return this;
  }

  Step contentType(String type) {
    this.contentType = type;
    return this;
  }

  /** Stores the text at a JSON pointer of the answer (e.g. {@code /cart/id}) under {@code name}. */
  Step save(String name, String pointer) {
    captures.add(new Capture(name, json -> json.at(pointer)));
    return this;
  }

  /**
   * Stores what {@code read} finds in the answer under {@code name}; null or missing stores
   * nothing.
   */
  Step save(String name, Function<JsonNode, JsonNode> read) {
    captures.add(new Capture(name, read));
    return this;
  }

  /**
   * After the answer, the side's fixture refreshes {@code what} (e.g. reads a token that was just
   * issued).
   */
  Step refresh(String what) {
    refreshes.add(what);
    return this;
  }

  /** The path as the report shows it: {@code ${cart}} becomes {@code {cart}}. */
  String pathTemplate() {
    return path.replaceAll("\\$\\{([^}]+)}", "{$1}");
  }
}
