package io.medusajava;

import io.medusajava.auth.AuthMode;
import io.medusajava.auth.CookieStore;
import io.medusajava.auth.InMemoryCookieStore;
import io.medusajava.auth.InMemoryTokenStore;
import io.medusajava.auth.SessionCookieJar;
import io.medusajava.auth.TokenStore;
import io.medusajava.http.LogLevel;
import io.medusajava.http.MedusaLogger;
import io.medusajava.internal.Checks;
import io.medusajava.internal.HeaderValues;
import io.medusajava.internal.HttpStack;
import io.medusajava.internal.Sleeper;
import io.medusajava.internal.Version;
import java.io.Closeable;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;

/**
 * A client of one Medusa v1 store: every Store API operation, grouped by resource ({@link
 * #carts()}, {@link #products()}, ...), with the customer's session, retries and typed errors.
 *
 * <pre>{@code
 * MedusaStore store = MedusaStore.builder()
 *     .baseUrl("https://shop.example.com")
 *     .publishableApiKey("pk_...")
 *     .build();
 * Cart cart = store.carts().create().execute();
 * }</pre>
 *
 * <p>Immutable and thread-safe: share one per customer session. Two clients never share a session,
 * even when they share an {@code OkHttpClient}. {@link #close()} releases only what the client
 * created.
 *
 * <p>Bounded by default: a call, retries and their waits included, ends after {@link
 * #DEFAULT_CALL_TIMEOUT} (60 s), and a response body may be at most {@link
 * #DEFAULT_MAX_RESPONSE_BYTES} (16 MiB) once decompressed; see {@link Builder#callTimeout} and
 * {@link Builder#maxResponseBytes}.
 */
public final class MedusaStore implements Closeable {
  /**
   * How long a whole call may take, retries and their waits included, unless {@link
   * Builder#callTimeout} says otherwise: 60 s. It ends a call to a server that answers one byte at
   * a time, which no read timeout catches.
   */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);

  /**
   * How many bytes a response body may have once decompressed, unless {@link
   * Builder#maxResponseBytes} says otherwise: 16 MiB, far above any Store API answer (a page of 100
   * products with variants and prices is well under 1 MiB) and far below what would exhaust a
   * phone's heap.
   */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

  private final HttpUrl baseUrl;
  private final OkHttpClient client;
  private final boolean ownsClient;

  private final Retrofit retrofit;
  private final AuthMode authMode;
  private final @Nullable SessionCookieJar jar;
  private final TokenStore tokenStore;

  // Each resource is made on first use: loading and verifying all eighteen classes took a
  // noticeable share of a cold start, and a client uses a few. A race may make two equal resources;
  // either may stay.
  private volatile @Nullable AuthResource auth;
  private volatile @Nullable CartsResource carts;
  private volatile @Nullable CustomersResource customers;
  private volatile @Nullable GiftCardsResource giftCards;
  private volatile @Nullable OrdersResource orders;
  private volatile @Nullable OrderEditsResource orderEdits;
  private volatile @Nullable PaymentCollectionsResource paymentCollections;
  private volatile @Nullable ProductsResource products;
  private volatile @Nullable VariantsResource variants;
  private volatile @Nullable CategoriesResource categories;
  private volatile @Nullable CollectionsResource collections;
  private volatile @Nullable ProductTagsResource productTags;
  private volatile @Nullable ProductTypesResource productTypes;
  private volatile @Nullable RegionsResource regions;
  private volatile @Nullable ReturnsResource returns;
  private volatile @Nullable ReturnReasonsResource returnReasons;
  private volatile @Nullable ShippingOptionsResource shippingOptions;
  private volatile @Nullable SwapsResource swaps;

  private MedusaStore(Builder b) {
    this.baseUrl = b.baseUrl;
    this.ownsClient = b.okHttpClient == null;
    OkHttpClient base = b.okHttpClient != null ? b.okHttpClient : HttpStack.defaultClient();
    // Millisecond overloads: the Duration ones need Android API 26.
    OkHttpClient.Builder timeouts = base.newBuilder();
    if (b.connectTimeout != null) {
      timeouts.connectTimeout(b.connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (b.readTimeout != null) {
      timeouts
          .readTimeout(b.readTimeout.toMillis(), TimeUnit.MILLISECONDS)
          .writeTimeout(b.readTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (b.callTimeout != null) {
      timeouts.callTimeout(b.callTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } else if (base.callTimeoutMillis() == 0) {
      // A shared client's own call timeout is kept; one that has none gets ours.
      timeouts.callTimeout(DEFAULT_CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    SessionCookieJar jar =
        b.authMode == AuthMode.COOKIE_SESSION ? new SessionCookieJar(baseUrl, b.cookieStore) : null;
    HttpStack stack =
        new HttpStack()
            .header("User-Agent", b.userAgent)
            .tokens(b.tokenStore)
            .retries(b.maxRetries, b.sleeper, b.clock)
            .maxResponseBytes(b.maxResponseBytes)
            .logging(b.logLevel, b.logger);
    if (b.publishableApiKey != null) {
      stack.header("x-publishable-api-key", b.publishableApiKey);
    }
    for (Map.Entry<String, String> h : b.defaultHeaders.entrySet()) {
      stack.header(h.getKey(), h.getValue());
    }
    for (Interceptor i : b.interceptors) {
      stack.interceptor(i);
    }
    if (jar != null) {
      stack.cookieJar(jar);
    }
    this.client = stack.build(timeouts.build());
    this.retrofit = HttpStack.retrofit(baseUrl, client, MedusaCall.adapterFactory());
    this.authMode = b.authMode;
    this.jar = jar;
    this.tokenStore = b.tokenStore;
  }

  /**
   * Returns a builder; {@link Builder#baseUrl(String)} is the only required setting.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the API's base URL, ending in {@code /}. */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /** Login, logout, the current session, and whether an email has an account. */
  public AuthResource auth() {
    AuthResource made = auth;
    return made != null
        ? made
        : (auth =
            new AuthResource(new SessionsResource(retrofit), authMode, jar, tokenStore, baseUrl));
  }

  /** Carts: items, addresses, shipping, payment sessions and checkout. */
  public CartsResource carts() {
    CartsResource made = carts;
    return made != null ? made : (carts = new CartsResource(retrofit));
  }

  /** Registration, the logged-in customer's profile, addresses, orders and passwords. */
  public CustomersResource customers() {
    CustomersResource made = customers;
    return made != null ? made : (customers = new CustomersResource(retrofit));
  }

  /** Gift cards by code. */
  public GiftCardsResource giftCards() {
    GiftCardsResource made = giftCards;
    return made != null ? made : (giftCards = new GiftCardsResource(retrofit));
  }

  /** Orders by id, by cart, by lookup; claiming guest orders. */
  public OrdersResource orders() {
    OrdersResource made = orders;
    return made != null ? made : (orders = new OrdersResource(retrofit));
  }

  /** Order edits: read, accept, refuse. */
  public OrderEditsResource orderEdits() {
    OrderEditsResource made = orderEdits;
    return made != null ? made : (orderEdits = new OrderEditsResource(retrofit));
  }

  /** Payment collections and their sessions. */
  public PaymentCollectionsResource paymentCollections() {
    PaymentCollectionsResource made = paymentCollections;
    return made != null ? made : (paymentCollections = new PaymentCollectionsResource(retrofit));
  }

  /** Products, priced for a region, currency or cart. */
  public ProductsResource products() {
    ProductsResource made = products;
    return made != null ? made : (products = new ProductsResource(retrofit));
  }

  /** Product variants. */
  public VariantsResource variants() {
    VariantsResource made = variants;
    return made != null ? made : (variants = new VariantsResource(retrofit));
  }

  /** The product category tree. */
  public CategoriesResource categories() {
    CategoriesResource made = categories;
    return made != null ? made : (categories = new CategoriesResource(retrofit));
  }

  /** Product collections. */
  public CollectionsResource collections() {
    CollectionsResource made = collections;
    return made != null ? made : (collections = new CollectionsResource(retrofit));
  }

  /** Product tags. */
  public ProductTagsResource productTags() {
    ProductTagsResource made = productTags;
    return made != null ? made : (productTags = new ProductTagsResource(retrofit));
  }

  /** Product types. */
  public ProductTypesResource productTypes() {
    ProductTypesResource made = productTypes;
    return made != null ? made : (productTypes = new ProductTypesResource(retrofit));
  }

  /** Regions: currencies, countries, tax rates, providers. */
  public RegionsResource regions() {
    RegionsResource made = regions;
    return made != null ? made : (regions = new RegionsResource(retrofit));
  }

  /** Returns of order items. */
  public ReturnsResource returns() {
    ReturnsResource made = returns;
    return made != null ? made : (returns = new ReturnsResource(retrofit));
  }

  /** Reasons a customer may give for a return. */
  public ReturnReasonsResource returnReasons() {
    ReturnReasonsResource made = returnReasons;
    return made != null ? made : (returnReasons = new ReturnReasonsResource(retrofit));
  }

  /** Shipping options, in general or for a cart. */
  public ShippingOptionsResource shippingOptions() {
    ShippingOptionsResource made = shippingOptions;
    return made != null ? made : (shippingOptions = new ShippingOptionsResource(retrofit));
  }

  /** Swaps: exchanging ordered items. */
  public SwapsResource swaps() {
    SwapsResource made = swaps;
    return made != null ? made : (swaps = new SwapsResource(retrofit));
  }

  /**
   * Releases the threads and connections of the OkHttp client this store created. A client passed
   * to {@link Builder#okHttpClient} is left alone: it belongs to the caller.
   */
  @Override
  public void close() {
    if (ownsClient) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  /** Configures and validates a {@link MedusaStore}. */
  public static final class Builder {
    private HttpUrl baseUrl;
    private @Nullable String publishableApiKey;
    private AuthMode authMode = AuthMode.COOKIE_SESSION;
    private TokenStore tokenStore;
    private CookieStore cookieStore;
    private @Nullable Duration connectTimeout;
    private @Nullable Duration readTimeout;
    private @Nullable Duration callTimeout;
    private int maxRetries = 2;
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private @Nullable OkHttpClient okHttpClient;
    private final List<Interceptor> interceptors = new ArrayList<>();
    private final Map<String, String> defaultHeaders = new LinkedHashMap<>();
    private LogLevel logLevel = LogLevel.NONE;
    private MedusaLogger logger = MedusaLogger.JUL;
    private String userAgent = Version.userAgent();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the store's base URL, such as {@code https://shop.example.com} (a path prefix is kept).
     *
     * @param baseUrl an http or https URL
     * @return this
     * @throws IllegalArgumentException when it is not an http(s) URL
     */
    public Builder baseUrl(String baseUrl) {
      Checks.requireNonBlank(baseUrl, "baseUrl");
      HttpUrl parsed = HttpUrl.parse(baseUrl.trim());
      if (parsed == null) {
        throw new IllegalArgumentException("baseUrl is not an http or https URL: " + baseUrl);
      }
      return baseUrl(parsed);
    }

    /**
     * Sets the store's base URL.
     *
     * @param baseUrl the URL
     * @return this
     */
    public Builder baseUrl(HttpUrl baseUrl) {
      Checks.requireNonNull(baseUrl, "baseUrl");
      String path = baseUrl.encodedPath();
      this.baseUrl =
          path.endsWith("/") ? baseUrl : baseUrl.newBuilder().encodedPath(path + "/").build();
      return this;
    }

    /**
     * Sends this publishable API key as {@code x-publishable-api-key} on every request; it scopes
     * products and carts to the key's sales channels.
     *
     * @param key the key, {@code pk_...}
     * @return this
     * @throws IllegalArgumentException when it is blank or has a character no header can carry (a
     *     line break, another control character, non-ASCII); the message does not repeat the key
     */
    public Builder publishableApiKey(String key) {
      this.publishableApiKey =
          HeaderValues.requireValid(
              Checks.requireNonBlank(key, "publishableApiKey"), "publishableApiKey");
      return this;
    }

    /**
     * Chooses how {@link AuthResource#login} keeps the session; {@link AuthMode#COOKIE_SESSION} by
     * default.
     *
     * @param mode the mode
     * @return this
     */
    public Builder authMode(AuthMode mode) {
      this.authMode = Checks.requireNonNull(mode, "authMode");
      return this;
    }

    /**
     * Keeps the JWT in this store instead of memory, for example a file so a desktop app stays
     * logged in.
     *
     * @param store the store; it must not be shared with another client
     * @return this
     */
    public Builder tokenStore(TokenStore store) {
      this.tokenStore = Checks.requireNonNull(store, "tokenStore");
      return this;
    }

    /**
     * Keeps session cookies in this store instead of memory.
     *
     * @param store the store; it must not be shared with another client
     * @return this
     */
    public Builder cookieStore(CookieStore store) {
      this.cookieStore = Checks.requireNonNull(store, "cookieStore");
      return this;
    }

    /**
     * Sets the time allowed to open a connection.
     *
     * @param timeout a positive duration
     * @return this
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * Sets the time allowed between bytes while reading or writing.
     *
     * @param timeout a positive duration
     * @return this
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout, "readTimeout");
      return this;
    }

    /**
     * Sets the time allowed for a whole call, retries and their waits included; {@link
     * #DEFAULT_CALL_TIMEOUT} (60 s) unless set, or the call timeout of the {@link #okHttpClient}
     * passed, if it has one. A retry whose wait would end after this deadline is not made: the call
     * ends at once with the last answer or failure.
     *
     * @param timeout a positive duration, or {@link Duration#ZERO} for no limit at all
     * @return this
     */
    public Builder callTimeout(Duration timeout) {
      Checks.requireNonNull(timeout, "callTimeout");
      this.callTimeout = timeout.isZero() ? timeout : positive(timeout, "callTimeout");
      return this;
    }

    /**
     * Sets how many bytes a response body may have, counted after decompression; {@link
     * #DEFAULT_MAX_RESPONSE_BYTES} (16 MiB) unless set. A success body beyond it fails the call
     * with {@link io.medusajava.errors.ResponseTooLargeException} as soon as the limit is passed,
     * and its connection is closed. Error bodies are read up to 256 KiB (or this limit, if
     * smaller): enough for any message, and the status alone decides the exception.
     *
     * @param maxBytes 1 or more; {@code Long.MAX_VALUE} for no limit
     * @return this
     */
    public Builder maxResponseBytes(long maxBytes) {
      if (maxBytes < 1) {
        throw new IllegalArgumentException("maxResponseBytes must be 1 or more, was " + maxBytes);
      }
      this.maxResponseBytes = maxBytes;
      return this;
    }

    /**
     * Sets how many times a failed call is repeated when that is safe; 2 by default, 0 to disable.
     *
     * @param maxRetries 0 or more
     * @return this
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be 0 or more, was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * Derives the client's HTTP stack from an existing OkHttp client, sharing its connection pool
     * and dispatcher. Its own cookie jar is not used: sessions stay per {@code MedusaStore}.
     *
     * @param client the client to share
     * @return this
     */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = Checks.requireNonNull(client, "okHttpClient");
      return this;
    }

    /**
     * Adds an OkHttp application interceptor, run on every attempt after the SDK's own headers.
     *
     * @param interceptor the interceptor
     * @return this
     */
    public Builder addInterceptor(Interceptor interceptor) {
      interceptors.add(Checks.requireNonNull(interceptor, "interceptor"));
      return this;
    }

    /**
     * Sends a header on every request to the API's origin; a redirect to another origin does not
     * carry it.
     *
     * @param name header name
     * @param value header value
     * @return this
     * @throws IllegalArgumentException when the name is not a header name, or the value has a
     *     character no header can carry (a line break, another control character, non-ASCII); the
     *     message does not repeat the value
     */
    public Builder defaultHeader(String name, String value) {
      HeaderValues.requireName(Checks.requireNonBlank(name, "name"), "name");
      HeaderValues.requireValid(Checks.requireNonNull(value, "value"), "value of header " + name);
      defaultHeaders.put(name, value);
      return this;
    }

    /**
     * Sets how much to log; {@link LogLevel#NONE} by default. Credentials are redacted at every
     * level.
     *
     * @param level the level
     * @return this
     */
    public Builder logLevel(LogLevel level) {
      this.logLevel = Checks.requireNonNull(level, "logLevel");
      return this;
    }

    /**
     * Sends log lines here instead of {@code java.util.logging}.
     *
     * @param logger the logger
     * @return this
     */
    public Builder logger(MedusaLogger logger) {
      this.logger = Checks.requireNonNull(logger, "logger");
      return this;
    }

    /**
     * Appends a product token to the {@code medusa-java/<version>} User-Agent, such as {@code
     * my-app/2.1}.
     *
     * @param product the token
     * @return this
     * @throws IllegalArgumentException when it is blank or has a character no header can carry
     */
    public Builder userAgentSuffix(String product) {
      this.userAgent =
          Version.userAgent()
              + " "
              + HeaderValues.requireValid(Checks.requireNonBlank(product, "product"), "product");
      return this;
    }

    /**
     * Replaces how the client waits between retries: a test seam, so tests of retries need not
     * sleep.
     */
    Builder sleeper(Sleeper sleeper) {
      this.sleeper = Checks.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** Replaces the clock that reads {@code Retry-After} dates: a test seam. */
    Builder clock(Clock clock) {
      this.clock = Checks.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Validates the settings and builds the client.
     *
     * @return the client
     * @throws IllegalStateException when no base URL was set
     */
    public MedusaStore build() {
      if (baseUrl == null) {
        throw new IllegalStateException("baseUrl is required");
      }
      // Fresh stores per client unless the caller chose one: no session is ever shared by accident.
      Builder b = copy();
      if (b.tokenStore == null) {
        b.tokenStore = new InMemoryTokenStore();
      }
      if (b.cookieStore == null) {
        b.cookieStore = new InMemoryCookieStore();
      }
      return new MedusaStore(b);
    }

    private Builder copy() {
      Builder b = new Builder();
      b.baseUrl = baseUrl;
      b.publishableApiKey = publishableApiKey;
      b.authMode = authMode;
      b.tokenStore = tokenStore;
      b.cookieStore = cookieStore;
      b.connectTimeout = connectTimeout;
      b.readTimeout = readTimeout;
      b.callTimeout = callTimeout;
      b.maxRetries = maxRetries;
      b.maxResponseBytes = maxResponseBytes;
      b.okHttpClient = okHttpClient;
      b.interceptors.addAll(interceptors);
      b.defaultHeaders.putAll(defaultHeaders);
      b.logLevel = logLevel;
      b.logger = logger;
      b.userAgent = userAgent;
      b.sleeper = sleeper;
      b.clock = clock;
      return b;
    }

    private static Duration positive(Duration d, String name) {
      Checks.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + d);
      }
      return d;
    }
  }
}
