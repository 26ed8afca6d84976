package io.medusajava.mock;

import io.medusajava.mock.domain.events.EventOutbox;
import io.medusajava.mock.domain.seed.Seed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How to run a mock server; the Java builder and the command line both fill in this one type.
 * Defaults: a random port on 127.0.0.1, the bundled seed, quiet, no request journal, CORS for
 * localhost origins, the last 1000 events kept.
 */
public final class MockServerOptions {
  /** What {@link #corsOrigins} allows unless told otherwise: any port on the loopback names. */
  public static final List<String> LOCALHOST_ORIGINS =
      List.of("/^https?://(localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d+)?$/");

  private int port = 0;
  private String bindAddress = "127.0.0.1";
  private Path seedFile;
  private byte[] seedJson;
  private boolean verbose;
  private int requestJournal;
  private boolean responseTemplating;
  private List<String> corsOrigins = LOCALHOST_ORIGINS;
  private int eventLimit = EventOutbox.DEFAULT_LIMIT;

  public static MockServerOptions defaults() {
    return new MockServerOptions();
  }

  /** 0 picks a free port. */
  public MockServerOptions port(int port) {
    this.port = port;
    return this;
  }

  public MockServerOptions bindAddress(String bindAddress) {
    this.bindAddress = bindAddress;
    return this;
  }

  /** A seed JSON file of the bundled seed's shape; null means the bundled one. */
  public MockServerOptions seedFile(Path seedFile) {
    this.seedFile = seedFile;
    return this;
  }

  /**
   * A seed held in memory, such as {@code StoreCapture...capture()} returns; null means none. The
   * server copies it now, and every reset goes back to this copy, so later changes to {@code seed}
   * do not leak in. Give either this or {@link #seedFile(Path)}.
   */
  public MockServerOptions seed(Seed seed) {
    this.seedJson = seed == null ? null : seed.toJson();
    return this;
  }

  /** Logs one line per request. */
  public MockServerOptions verbose(boolean verbose) {
    this.verbose = verbose;
    return this;
  }

  /**
   * Keeps WireMock's request journal for the last {@code entries} requests, so {@code
   * wireMock().verify(...)} and {@code /__admin/requests} work; 0 (the default) keeps none. The
   * journal holds whole requests and responses, so keep it small on a long-running server.
   */
  public MockServerOptions requestJournal(int entries) {
    this.requestJournal = entries;
    return this;
  }

  /**
   * Turns on WireMock's response templating ({@code "transformers": ["response-template"]}) for
   * stubs added through {@code wireMock()}. The store does not need it, and building its Handlebars
   * engine was most of WireMock's start-up time, so it is off by default.
   */
  public MockServerOptions responseTemplating(boolean enabled) {
    this.responseTemplating = enabled;
    return this;
  }

  /**
   * The origins the store's CORS answers allow, as Medusa's {@code store_cors} setting lists them:
   * an exact origin ({@code http://localhost:8000}), a regular expression between slashes ({@code
   * /\.example\.com$/}), or {@code *} for any origin. Others get no {@code
   * Access-Control-Allow-Origin}. Default: {@link #LOCALHOST_ORIGINS}.
   */
  public MockServerOptions corsOrigins(List<String> origins) {
    this.corsOrigins = List.copyOf(origins);
    return this;
  }

  /**
   * How many events the outbox keeps ({@link MedusaMockServer#events()}, {@code GET
   * /__medusa/events}); past it the oldest are dropped and counted. Default {@link
   * EventOutbox#DEFAULT_LIMIT}.
   */
  public MockServerOptions eventLimit(int events) {
    this.eventLimit = events;
    return this;
  }

  public int eventLimit() {
    return eventLimit;
  }

  public int port() {
    return port;
  }

  public String bindAddress() {
    return bindAddress;
  }

  public Path seedFile() {
    return seedFile;
  }

  /** A fresh copy of the seed the store starts from (and resets to) on every call. */
  Supplier<Seed> seedSource() {
    byte[] json = seedJson;
    Path file = seedFile;
    if (json != null) {
      return () -> Seed.load(json);
    }
    return file == null ? Seed::loadDefault : () -> Seed.load(file);
  }

  public boolean verbose() {
    return verbose;
  }

  public int requestJournal() {
    return requestJournal;
  }

  public boolean responseTemplating() {
    return responseTemplating;
  }

  public List<String> corsOrigins() {
    return corsOrigins;
  }

  /** The problems with these options, empty when they are usable. */
  public List<String> problems() {
    List<String> p = new ArrayList<>();
    if (port < 0 || port > 65535) {
      p.add("port must be between 0 and 65535, was " + port);
    }
    if (bindAddress == null || bindAddress.isBlank()) {
      p.add("bind address must not be empty");
    }
    if (requestJournal < 0) {
      p.add("request journal size must not be negative, was " + requestJournal);
    }
    if (eventLimit < 1) {
      p.add("event limit must be at least 1, was " + eventLimit);
    }
    if (corsOrigins.isEmpty() || corsOrigins.stream().anyMatch(o -> o == null || o.isBlank())) {
      p.add("CORS origins must be non-empty strings");
    }
    for (String o : corsOrigins) {
      if (o != null && o.length() > 1 && o.startsWith("/") && o.endsWith("/")) {
        try {
          Pattern.compile(o.substring(1, o.length() - 1));
        } catch (PatternSyntaxException e) {
          p.add("CORS origin " + o + " is not a valid regular expression: " + e.getDescription());
        }
      }
    }
    if (seedFile != null && seedJson != null) {
      p.add("give a seed file or an in-memory seed, not both");
    }
    if (seedFile != null && !Files.isReadable(seedFile)) {
      p.add("seed file is not readable: " + seedFile);
    }
    return p;
  }

  /**
   * @throws IllegalArgumentException listing every problem, so a CLI user fixes them in one go
   */
  public MockServerOptions validate() {
    List<String> p = problems();
    if (!p.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", p));
    }
    return this;
  }
}
