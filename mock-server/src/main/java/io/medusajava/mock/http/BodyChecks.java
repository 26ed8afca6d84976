package io.medusajava.mock.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.json.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Walks a JSON body along its request schema and words every problem as Medusa's class-validator
 * does, in its order: first one "property X should not exist" per unknown key (the whitelist, at
 * every level that declares its properties), then each declared property in schema order, a nested
 * object's or array element's problems flattened in at its place. A property that may be an address
 * or an address id (a {@code oneOf}, Medusa's {@code IsType}) fails the whole request on its own,
 * with the JSON message IsType throws.
 */
final class BodyChecks {
  /** The e-mail rule of class-validator's IsEmail, close enough for the addresses clients send. */
  static final java.util.regex.Pattern EMAIL =
      java.util.regex.Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private static final String IS_TYPE_ARRAY = "IsType array of ";

  /** What class-validator's IsJWT accepts: two or three base64url parts. */
  static final java.util.regex.Pattern JWT =
      java.util.regex.Pattern.compile(
          "^[A-Za-z0-9\\-_=]+\\.[A-Za-z0-9\\-_=]+(\\.[A-Za-z0-9\\-_.+/=]*)?$");

  private final UnaryOperator<JsonNode> resolve;

  /**
   * @param resolve follows {@code $ref}s to the schema they name
   */
  BodyChecks(UnaryOperator<JsonNode> resolve) {
    this.resolve = resolve;
  }

  /** The problems of {@code body} against an object schema; empty when it fits. */
  List<String> check(JsonNode schema, JsonNode body) {
    List<String> problems = new ArrayList<>();
    object(resolve.apply(schema), body, problems);
    return problems;
  }

  private void object(JsonNode schema, JsonNode value, List<String> problems) {
    JsonNode properties = schema.path("properties");
    if (!properties.isObject()) {
      return; // a free-form object (context, metadata, data): any keys
    }
    // additionalProperties: true marks the few bodies Medusa validates without its whitelist
    // (search).
    for (Iterator<String> keys = value.fieldNames();
        keys.hasNext() && !schema.path("additionalProperties").asBoolean(false); ) {
      String key = keys.next();
      if (!properties.has(key)) {
        problems.add("property " + key + " should not exist");
      }
    }
    List<String> required = new ArrayList<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String name = field.getKey();
      JsonNode fieldSchema = field.getValue();
      JsonNode v = value.get(name);
      boolean absent = v == null || (v.isNull() && !fieldSchema.path("nullable").asBoolean());
      if (absent && !required.contains(name)) {
        continue;
      }
      JsonNode decorators = resolve.apply(fieldSchema).path("x-validated-as");
      if (decorators.isArray()) {
        decorators(name, decorators, resolve.apply(fieldSchema), v, problems);
      } else {
        property(name, fieldSchema, absent ? null : v, problems);
      }
    }
  }

  /** One property; {@code value} is null when it is missing. */
  private void property(String name, JsonNode rawSchema, JsonNode value, List<String> problems) {
    if (rawSchema.has("oneOf") || resolve.apply(rawSchema).has("oneOf")) {
      oneOf(
          name,
          resolve.apply(rawSchema).has("oneOf") ? resolve.apply(rawSchema) : rawSchema,
          value);
      return;
    }
    JsonNode schema = resolve.apply(rawSchema);
    if (schema.path("minLength").asInt(0) > 0 && (value == null || value.asText().isEmpty())) {
      problems.add(name + " should not be empty");
      return;
    }
    boolean email = "email".equals(schema.path("format").asText());
    // x-validated-as names the check Medusa runs where it differs from the declared type (IsNumber
    // on a field the spec types as integer), so the message is the one Medusa words.
    switch (schema.path("x-validated-as").asText(schema.path("type").asText(""))) {
      case "string" -> {
        if (value == null
            || !value.isTextual()
            || email && !EMAIL.matcher(value.asText()).matches()) {
          problems.add(email ? name + " must be an email" : name + " must be a string");
        }
      }
      case "integer" -> {
        if (!isInteger(value)) {
          problems.add(name + " must be an integer number");
        }
      }
      case "number" -> {
        if (value == null || !value.isNumber()) {
          problems.add(name + " must be a number conforming to the specified constraints");
        }
      }
      case "boolean" -> {
        if (value == null || !value.isBoolean()) {
          problems.add(name + " must be a boolean value");
        }
      }
      case "array" -> array(name, resolve.apply(schema.path("items")), value, problems);
      case "object" -> {
        boolean nested = schema.path("properties").isObject();
        if (value == null || !value.isObject()) {
          problems.add(
              nested
                  ? "nested property " + name + " must be either object or array"
                  : name + " must be an object");
        } else {
          object(schema, value, problems);
        }
      }
      default -> {
        // no type (e.g. a search filter): anything goes
      }
    }
  }

  /**
   * A property whose Medusa decorators do not follow from its declared type: {@code x-validated-as}
   * lists them in the order Medusa reports their messages (class-validator runs the one written
   * last first). As in class-validator, a missing value fails every decorator, and {@code each}
   * checks an array's elements but a single value as it is.
   *
   * @param value the raw value: null when the key is missing, a JSON null when it was sent as null
   */
  private void decorators(
      String name, JsonNode decorators, JsonNode schema, JsonNode value, List<String> problems) {
    JsonNode v = value == null || value.isNull() ? null : value;
    for (JsonNode d : decorators) {
      String decorator = d.asText();
      if (decorator.startsWith(IS_TYPE_ARRAY)) {
        isTypeArray(
            name,
            decorator.substring(IS_TYPE_ARRAY.length()),
            resolve.apply(schema.path("items")),
            value);
        continue;
      }
      String problem =
          switch (decorator) {
            case "IsArray" -> v != null && v.isArray() ? null : name + " must be an array";
            case "IsJWT" ->
                v != null && v.isTextual() && JWT.matcher(v.asText()).matches()
                    ? null
                    : name + " must be a jwt string";
            case "IsNotEmpty" -> notEmpty(v) ? null : name + " should not be empty";
            case "IsNotEmpty each" ->
                eachOrItself(v, BodyChecks::notEmpty)
                    ? null
                    : "each value in " + name + " should not be empty";
            case "IsString each" ->
                eachOrItself(v, e -> e != null && e.isTextual())
                    ? null
                    : "each value in " + name + " must be a string";
            default ->
                throw new IllegalStateException(
                    "store.yaml names an unknown decorator: " + decorator);
          };
      if (problem != null) {
        problems.add(problem);
      }
    }
  }

  /** class-validator's IsNotEmpty: anything but a missing value, null or the empty string. */
  private static boolean notEmpty(JsonNode value) {
    return value != null && !value.isNull() && !(value.isTextual() && value.asText().isEmpty());
  }

  /**
   * class-validator's {@code each}: every element of an array passes, or a value that is not an
   * array does.
   */
  private static boolean eachOrItself(JsonNode value, java.util.function.Predicate<JsonNode> test) {
    if (value == null || !value.isArray()) {
      return test.test(value);
    }
    for (JsonNode element : value) {
      if (!test.test(element)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Medusa's {@code IsType([[SomeReq]])}, written {@code "IsType array of SomeReq"}: an array of
   * objects (payment-collection sessions). An array passes when at least one element fits the
   * element schema (the others go on to the route); an array with none makes Medusa throw an error
   * its handler cannot word, a 500. Anything else fails the request at once with the JSON message
   * IsType builds, whose details carry JavaScript's own error text.
   */
  private void isTypeArray(String name, String typeName, JsonNode items, JsonNode value) {
    if (value != null && value.isArray()) {
      for (JsonNode element : value) {
        List<String> elementProblems = new ArrayList<>();
        if (element.isObject()) {
          object(items, element, elementProblems);
          if (elementProblems.isEmpty()) {
            return;
          }
        }
      }
      throw MedusaError.unknown();
    }
    String why =
        value == null || value.isObject()
            ? "Cannot read properties of undefined (reading 'constructor')"
            : value.isNull()
                ? "Cannot read properties of null (reading 'constructor')"
                : "an unknown value was passed to the validate function";
    ObjectNode message = Json.object();
    message.put("message", name + " must be one of: " + typeName);
    // IsType keys each alternative's messages by the type's name, and an array type has none.
    message.putObject("details").putArray("undefined").add(why);
    throw MedusaError.invalidData(Json.toJson(message));
  }

  private void array(String name, JsonNode items, JsonNode value, List<String> problems) {
    if (value == null || !value.isArray()) {
      problems.add(name + " must be an array");
      return;
    }
    if (items.path("properties").isObject()) {
      for (JsonNode element : value) {
        if (!element.isObject()) {
          problems.add("each value in nested property " + name + " must be either object or array");
          return;
        }
      }
      value.forEach(element -> object(items, element, problems));
    } else if ("string".equals(items.path("type").asText())) {
      for (JsonNode element : value) {
        if (!element.isTextual()) {
          problems.add("each value in " + name + " must be a string");
          return;
        }
      }
    }
  }

  /**
   * Medusa's IsType over an object schema and a string (an address or an address id). A string
   * passes; an object passes when it fits its schema. Otherwise the request fails with only this
   * message: IsType throws from inside the validator, so the other properties' problems are never
   * collected.
   */
  private void oneOf(String name, JsonNode schema, JsonNode value) {
    if (value == null || value.isTextual()) {
      return;
    }
    JsonNode objectSchema = null;
    String objectName = "Object";
    for (JsonNode alternative : schema.get("oneOf")) {
      if (alternative.has("$ref")) {
        String ref = alternative.get("$ref").asText();
        objectName = ref.substring(ref.lastIndexOf('/') + 1);
        objectSchema = resolve.apply(alternative);
      }
    }
    List<String> objectProblems = new ArrayList<>();
    if (value.isObject() && objectSchema != null) {
      object(objectSchema, value, objectProblems);
      if (objectProblems.isEmpty()) {
        return;
      }
    } else {
      objectProblems.add("an unknown value was passed to the validate function");
    }
    ObjectNode details = Json.object();
    splitLikeIsType(
        details.putArray("String"),
        "String validation failed: " + jsString(value) + " is not a string");
    splitLikeIsType(details.putArray(objectName), String.join(", ", objectProblems));
    ObjectNode message = Json.object();
    message.put("message", name + " must be one of: " + objectName + ",String");
    message.set("details", details);
    throw MedusaError.invalidData(Json.toJson(message));
  }

  /** IsType re-splits each alternative's joined message on every comma and drops empty pieces. */
  private static void splitLikeIsType(
      com.fasterxml.jackson.databind.node.ArrayNode into, String joined) {
    for (String piece : joined.split(",")) {
      if (!piece.isEmpty()) {
        into.add(piece);
      }
    }
  }

  /** What JavaScript's String(value) prints for a parsed JSON value. */
  private static String jsString(JsonNode value) {
    if (value.isObject()) {
      return "[object Object]";
    }
    if (value.isArray()) {
      List<String> parts = new ArrayList<>();
      value.forEach(v -> parts.add(v.isNull() ? "" : jsString(v)));
      return String.join(",", parts);
    }
    if (value.isIntegralNumber()
        || value.isNumber()
            && value.asDouble() == Math.rint(value.asDouble())
            && Math.abs(value.asDouble()) < 1e21) {
      return value.isIntegralNumber()
          ? value.bigIntegerValue().toString()
          : java.math.BigDecimal.valueOf(value.asDouble()).toBigInteger().toString();
    }
    return value.asText();
  }

  /**
   * An integer as JavaScript's Number.isInteger sees it: any number without a fractional part, so
   * {@code 1e3} passes and {@code 1.5} does not. Range is not checked here: on the real server the
   * database decides that.
   */
  static boolean isInteger(JsonNode value) {
    if (value == null || !value.isNumber()) {
      return false;
    }
    if (value.isIntegralNumber()) {
      return true;
    }
    double d = value.asDouble();
    return !Double.isInfinite(d) && d == Math.rint(d);
  }
}
