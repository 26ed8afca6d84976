package io.medusajava.mock.domain.seed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.medusajava.mock.domain.model.Category;
import io.medusajava.mock.domain.model.Collection;
import io.medusajava.mock.domain.model.Customer;
import io.medusajava.mock.domain.model.Discount;
import io.medusajava.mock.domain.model.GiftCard;
import io.medusajava.mock.domain.model.OrderEdit;
import io.medusajava.mock.domain.model.PaymentCollection;
import io.medusajava.mock.domain.model.Product;
import io.medusajava.mock.domain.model.ProductType;
import io.medusajava.mock.domain.model.PublishableKey;
import io.medusajava.mock.domain.model.Region;
import io.medusajava.mock.domain.model.ReturnReason;
import io.medusajava.mock.domain.model.SalesChannel;
import io.medusajava.mock.domain.model.ShippingOption;
import io.medusajava.mock.domain.model.ShippingProfile;
import io.medusajava.mock.domain.model.Tag;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The starting catalog of a mock store, read from JSON with snake_case keys. The bundled default
 * lives at {@code io/medusajava/mock/seed.json}; users may point at their own file of the same
 * shape, described by the JSON Schema at {@link #SCHEMA_RESOURCE}, or capture one from a live store
 * ({@code io.medusajava.mock.capture}). A Seed is read fresh for every reset, so the state may
 * mutate the objects it hands out.
 */
public final class Seed {
  /** The bundled catalog's class-path location. */
  public static final String DEFAULT_RESOURCE = "/io/medusajava/mock/seed.json";

  /** The JSON Schema of the seed format, for editors and for checking a hand-written seed. */
  public static final String SCHEMA_RESOURCE = "/io/medusajava/mock/seed.schema.json";

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          // Written seeds leave unset values out, so a saved file reads like the bundled one.
          .setSerializationInclusion(JsonInclude.Include.NON_NULL)
          .enable(SerializationFeature.INDENT_OUTPUT);

  public StoreInfo store = new StoreInfo();
  public List<SalesChannel> salesChannels = new ArrayList<>();
  public List<PublishableKey> publishableKeys = new ArrayList<>();
  public List<ShippingProfile> shippingProfiles = new ArrayList<>();
  public List<Region> regions = new ArrayList<>();
  public List<ShippingOption> shippingOptions = new ArrayList<>();
  public List<Collection> collections = new ArrayList<>();
  public List<Category> categories = new ArrayList<>();
  public List<Tag> tags = new ArrayList<>();
  public List<ProductType> types = new ArrayList<>();
  public List<Product> products = new ArrayList<>();
  public List<ReturnReason> returnReasons = new ArrayList<>();
  public List<GiftCard> giftCards = new ArrayList<>();
  public List<Discount> discounts = new ArrayList<>();
  public List<Customer> customers = new ArrayList<>();
  public List<SeedOrder> orders = new ArrayList<>();
  public List<OrderEdit> orderEdits = new ArrayList<>();
  public List<PaymentCollection> paymentCollections = new ArrayList<>();

  /** Store-wide settings. */
  public static final class StoreInfo {
    public String name = "Medusa Mock Store";
    public String defaultCurrencyCode = "usd";
    public List<String> currencies = new ArrayList<>();
  }

  /** The bundled default catalog. */
  public static Seed loadDefault() {
    try (InputStream in = Seed.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing class-path resource " + DEFAULT_RESOURCE);
      }
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A catalog from a user-supplied file. */
  public static Seed load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read seed " + file, e);
    }
  }

  /** A catalog from any JSON stream (not closed here). */
  public static Seed load(InputStream in) throws IOException {
    return MAPPER.readValue(in, Seed.class);
  }

  /** This seed as JSON in the format {@link #load(InputStream)} reads. */
  public byte[] toJson() {
    try {
      return MAPPER.writeValueAsBytes(this);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write seed", e);
    }
  }

  /** Writes this seed to {@code file} (replacing it), with a trailing newline. */
  public void save(Path file) {
    try {
      byte[] json = toJson();
      byte[] withNewline = Arrays.copyOf(json, json.length + 1);
      withNewline[json.length] = '\n';
      Files.write(file, withNewline);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write seed " + file + ": " + e, e);
    }
  }

  /** A catalog from JSON bytes, such as {@link #toJson()} wrote. */
  public static Seed load(byte[] json) {
    try {
      return load(new ByteArrayInputStream(json));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read seed", e);
    }
  }
}
