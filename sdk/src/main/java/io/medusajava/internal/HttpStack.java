package io.medusajava.internal;

import io.medusajava.auth.TokenStore;
import io.medusajava.http.LogLevel;
import io.medusajava.http.MedusaLogger;
import io.medusajava.json.MedusaJson;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.net.ssl.X509TrustManager;
import okhttp3.CookieJar;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.internal.platform.Platform;
import retrofit2.CallAdapter;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Assembles the OkHttp client and Retrofit instance behind a {@code MedusaStore}: one interceptor
 * per concern, in a fixed order. Internal: applications configure all of this through {@code
 * MedusaStore.builder()}.
 */
public final class HttpStack {
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final List<Interceptor> extra = new ArrayList<>();
  private TokenStore tokens;
  private CookieJar cookieJar = CookieJar.NO_COOKIES;
  private int maxRetries;
  private Sleeper sleeper = Sleeper.SYSTEM;
  private Clock clock = Clock.systemUTC();
  private LogLevel logLevel = LogLevel.NONE;
  private MedusaLogger logger = MedusaLogger.JUL;
  private long maxResponseBytes = Long.MAX_VALUE;

  /**
   * Sets a header sent on every request (publishable key, user agent, defaults); a header the
   * request already has wins.
   *
   * @param name header name
   * @param value header value
   * @return this
   */
  public HttpStack header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /**
   * Adds an application interceptor that runs after the SDK's headers and before retries.
   *
   * @param interceptor the interceptor
   * @return this
   */
  public HttpStack interceptor(Interceptor interceptor) {
    extra.add(interceptor);
    return this;
  }

  /**
   * Sends the token this store holds as a Bearer credential.
   *
   * @param tokens the store
   * @return this
   */
  public HttpStack tokens(TokenStore tokens) {
    this.tokens = tokens;
    return this;
  }

  /**
   * Keeps cookies (the {@code connect.sid} session) in this jar.
   *
   * @param cookieJar the jar
   * @return this
   */
  public HttpStack cookieJar(CookieJar cookieJar) {
    this.cookieJar = cookieJar;
    return this;
  }

  /**
   * Configures retries.
   *
   * @param maxRetries attempts after the first; 0 disables retries
   * @param sleeper waits between attempts
   * @param clock reads the time for {@code Retry-After} dates
   * @return this
   */
  public HttpStack retries(int maxRetries, Sleeper sleeper, Clock clock) {
    this.maxRetries = maxRetries;
    this.sleeper = sleeper;
    this.clock = clock;
    return this;
  }

  /**
   * Configures logging.
   *
   * @param level how much to log
   * @param logger where lines go
   * @return this
   */
  public HttpStack logging(LogLevel level, MedusaLogger logger) {
    this.logLevel = level;
    this.logger = logger;
    return this;
  }

  /**
   * Limits how many bytes of a response body are read (after decompression).
   *
   * @param maxBytes the limit for success bodies; error bodies are cut at 256 KiB or this, if
   *     smaller
   * @return this
   */
  public HttpStack maxResponseBytes(long maxBytes) {
    this.maxResponseBytes = maxBytes;
    return this;
  }

  /**
   * Makes the client a store uses when the application brings none: {@code new OkHttpClient()},
   * except that its TLS socket factory is made at the first https connection (see {@link
   * DeferredSslSocketFactory}). The trust manager is still the platform's, read now: OkHttp reads
   * its accepted issuers as the client is built.
   *
   * @return a new client with OkHttp's defaults
   */
  public static OkHttpClient defaultClient() {
    X509TrustManager trustManager = Platform.Companion.get().platformTrustManager();
    return new OkHttpClient.Builder()
        .sslSocketFactory(new DeferredSslSocketFactory(trustManager), trustManager)
        .build();
  }

  /**
   * Derives a client from {@code base}, sharing its connection pool and dispatcher.
   *
   * @param base the client to derive from
   * @return the configured client
   */
  public OkHttpClient build(OkHttpClient base) {
    RetryWaits waits = new RetryWaits(sleeper);
    OkHttpClient.Builder b =
        base.newBuilder()
            .cookieJar(cookieJar)
            // OkHttp on its own repeats any request, POSTs included, whose connection failed after
            // it was sent;
            // a line item added before a reset was then added twice. RetryInterceptor alone decides
            // what is
            // safe to repeat.
            .retryOnConnectionFailure(false)
            // RedirectInterceptor follows redirects, and keeps credentials within the API's origin.
            .followRedirects(false)
            .eventListenerFactory(waits.listenerFactory(base.eventListenerFactory()));
    // Ahead of any interceptor the shared client brought along.
    b.interceptors().add(0, new FailureGuardInterceptor());
    b.networkInterceptors().add(0, HiddenRetryAfter.HIDE);
    for (Map.Entry<String, String> h : headers.entrySet()) {
      b.addInterceptor(new StaticHeaderInterceptor(h.getKey(), h.getValue()));
    }
    if (tokens != null) {
      b.addInterceptor(new BearerTokenInterceptor(tokens));
    }
    b.addInterceptor(new QsQueryInterceptor());
    for (Interceptor i : extra) {
      b.addInterceptor(i);
    }
    // Retries wrap redirects, which wrap logging, so that every attempt and every hop is logged.
    b.addInterceptor(new RetryInterceptor(maxRetries, waits, clock, new Random()));
    b.addInterceptor(new RedirectInterceptor());
    b.addInterceptor(new ResponseLimitInterceptor(maxResponseBytes));
    b.addInterceptor(new LoggingInterceptor(logLevel, logger));
    b.addInterceptor(HiddenRetryAfter.RESTORE);
    return b.build();
  }

  /**
   * Builds the Retrofit instance that turns the generated interfaces into calls on {@code client}.
   *
   * @param baseUrl the server's base URL, ending in {@code /}
   * @param client the client from {@link #build}
   * @param calls makes the generated interfaces' calls
   * @return the Retrofit instance
   */
  public static Retrofit retrofit(HttpUrl baseUrl, OkHttpClient client, CallAdapter.Factory calls) {
    return new Retrofit.Builder()
        .baseUrl(baseUrl)
        .client(client)
        .addCallAdapterFactory(calls)
        .addConverterFactory(new QueryValueConverterFactory())
        .addConverterFactory(
            new DecodingConverterFactory(MoshiConverterFactory.create(MedusaJson.moshi())))
        .build();
  }
}
