package io.medusajava.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.medusajava.mock.domain.IdGenerator;
import io.medusajava.mock.domain.MockClock;
import io.medusajava.mock.domain.StoreState;
import io.medusajava.mock.domain.events.EventOutbox;
import io.medusajava.mock.domain.seed.Seed;
import io.medusajava.mock.http.ControlEndpoints;
import io.medusajava.mock.http.EdgeDispatcher;
import io.medusajava.mock.http.FaultPlan;
import io.medusajava.mock.http.GuardedJetty;
import io.medusajava.mock.http.LazyFileMappings;
import io.medusajava.mock.http.LazyProxyClient;
import io.medusajava.mock.http.MedusaTransformer;
import io.medusajava.mock.http.routes.StoreRoutes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A stateful mock of the Medusa 1.20 Store API on a real HTTP port. Start it, point a client at
 * {@link #baseUrl()}, and inspect or reset the store between tests. WireMock serves the HTTP; its
 * admin API ({@code /__admin}) stays available through {@link #wireMock()}, and so does its request
 * journal when {@link MockServerOptions#requestJournal(int)} asks for one (it is off by default, so
 * memory stays flat).
 */
public final class MedusaMockServer implements AutoCloseable {
  /** Below user stubs (WireMock's default priority is 5), so a user can still override a route. */
  private static final int CATCH_ALL_PRIORITY = 100;

  private final MockServerOptions options;
  private final StoreState state;
  private final FaultPlan faults = new FaultPlan();
  private final EdgeDispatcher dispatcher;
  private final WireMockServer wireMock;

  public MedusaMockServer(MockServerOptions options) {
    this.options = options.validate();
    CompletableFuture<?> spec = EdgeDispatcher.loadSpecEarly();
    Supplier<Seed> seed = options.seedSource();
    // Reading the seed, reading the spec and building WireMock each take a good part of a second:
    // the first two happen on threads of their own while this one builds WireMock.
    CompletableFuture<StoreState> loadedState =
        CompletableFuture.supplyAsync(
            () ->
                new StoreState(
                    seed,
                    new IdGenerator(System.nanoTime()),
                    MockClock.system(),
                    options.eventLimit()),
            MedusaMockServer::startThread);
    CompletableFuture<EdgeDispatcher> loadedEdge =
        loadedState.thenApply(
            s ->
                new EdgeDispatcher(
                    s,
                    StoreRoutes.all(),
                    faults,
                    new ControlEndpoints(faults, this::reset, s.events(), s.clock())::handle,
                    options.corsOrigins(),
                    options.verbose()));
    WireMockConfiguration config =
        WireMockConfiguration.options()
            .port(options.port())
            .bindAddress(options.bindAddress())
            .httpServerFactory(new GuardedJetty())
            // The store never proxies; WireMock's proxy client is built only if a user's own stub
            // needs it.
            .httpClientFactory(new LazyProxyClient())
            .gzipDisabled(true)
            // Node's server speaks HTTP/1.1 only and ignores an h2c upgrade; Jetty would switch
            // protocols.
            .http2PlainDisabled(true)
            // WireMock would otherwise print every request and response into a string nobody reads.
            .stubRequestLoggingDisabled(true)
            // Express answers with Content-Length, so clients that look at it see what they would
            // see live.
            .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)
            .extensions(new MedusaTransformer(loadedEdge::join));
    // WireMock builds a Handlebars engine for stub file names and another for templating; neither
    // is needed unless a user saves stubs to files or asks for templating, and together they were
    // most of its start-up.
    config.mappingSource(
        new LazyFileMappings(config.filesRoot().child("mappings"), config.getFilenameMaker()));
    config.templatingEnabled(options.responseTemplating());
    // The journal keeps whole requests and responses; unbounded it is what ran a long soak out of
    // memory.
    if (options.requestJournal() == 0) {
      config.disableRequestJournal();
    } else {
      config.maxRequestJournalEntries(options.requestJournal());
    }
    this.wireMock = new WireMockServer(config);
    this.state = joined(loadedState);
    this.dispatcher = joined(loadedEdge);
    joined(spec);
  }

  private static void startThread(Runnable work) {
    Thread t = new Thread(work, "medusa-mock-load");
    t.setDaemon(true);
    t.start();
  }

  /**
   * The result, or the loading failure itself (a bad seed file, say) rather than a
   * CompletionException.
   */
  private static <T> T joined(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** A server with default options (random port, bundled seed). */
  public MedusaMockServer() {
    this(MockServerOptions.defaults());
  }

  public MedusaMockServer start() {
    wireMock.start();
    installCatchAll();
    return this;
  }

  /** The catch-all stub hands every request to the Medusa transformer. */
  private void installCatchAll() {
    catchAll =
        wireMock.stubFor(
            any(anyUrl())
                .withId(MedusaTransformer.CATCH_ALL_STUB_ID)
                .atPriority(CATCH_ALL_PRIORITY)
                .willReturn(aResponse().withTransformers(MedusaTransformer.NAME)));
  }

  private StubMapping catchAll;

  public void stop() {
    wireMock.stop();
  }

  @Override
  public void close() {
    stop();
  }

  public int port() {
    return wireMock.port();
  }

  /** {@code http://<bind address>:<port>}, without a trailing slash. */
  public String baseUrl() {
    String host = options.bindAddress().equals("0.0.0.0") ? "127.0.0.1" : options.bindAddress();
    return "http://" + host + ":" + port();
  }

  /**
   * The store itself, for arranging data or checking effects from Java. After editing catalog
   * objects directly (a product's title, a variant's stock or prices), call {@code
   * state().catalog().changed()}: products pages are served from rendered bytes until the catalog
   * changes, and the store's own operations say so themselves.
   */
  public StoreState state() {
    return state;
  }

  /**
   * The events the store announced, as real Medusa would have dispatched them to its subscribers,
   * oldest first: read the reset token of {@code customer.password_reset} or the claim token of
   * {@code order-update-token.created}, or check that {@code order.placed} came once. Also over
   * HTTP at {@code GET /__medusa/events}.
   */
  public EventOutbox events() {
    return state.events();
  }

  /**
   * The store's time; {@code clock().advance(Duration.ofMinutes(16))} lets a 15-minute token
   * expire.
   */
  public MockClock clock() {
    return state.clock();
  }

  /**
   * Back to the seed: carts, orders, customers, sessions and idempotency keys are forgotten, the
   * event outbox is emptied and the clock goes back to real time.
   */
  public void reset() {
    state.reset();
    dispatcher.resetSessions();
    // A user's wireMock().resetAll() also drops our stub; put it back so the store answers again.
    if (wireMock.isRunning()
        && wireMock.getStubMappings().stream().noneMatch(m -> m.getId().equals(catchAll.getId()))) {
      installCatchAll();
    }
  }

  /** Faults planned for coming requests. */
  public FaultPlan faults() {
    return faults;
  }

  /**
   * The WireMock server underneath, for its request journal or extra stubs (which win over the
   * store, as the store's catch-all stub has a low priority). After {@code resetAll()} call {@link
   * #reset()}.
   */
  public WireMockServer wireMock() {
    return wireMock;
  }

  public MockServerOptions options() {
    return options;
  }
}
