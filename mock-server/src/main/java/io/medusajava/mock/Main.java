package io.medusajava.mock;

import io.medusajava.mock.capture.CaptureException;
import io.medusajava.mock.capture.StoreCapture;
import io.medusajava.mock.domain.seed.Seed;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Command line entry of the standalone jar: {@code java -jar medusa-mock-server.jar --port 9000}.
 */
public final class Main {
  static final String USAGE =
      String.join(
          "\n",
          "Usage: java -jar medusa-mock-server.jar [options]",
          "  --port N        port to listen on (default 0: a free port)",
          "  --bind ADDR     address to bind (default 127.0.0.1)",
          "  --seed FILE     seed JSON to load instead of the bundled catalog",
          "  --seed-from URL capture the public catalog of the store at URL and serve it as the seed",
          "  --publishable-key KEY  with --seed-from: send this key, so only its sales channels are captured",
          "  --save-seed FILE       with --seed-from: write the capture to FILE (serve it with --seed) and exit",
          "  --max-products N       with --seed-from: fail on a store with more than N products (default "
              + StoreCapture.DEFAULT_MAX_PRODUCTS
              + ")",
          "  --journal N     keep WireMock's request journal for the last N requests (default 0: none)",
          "  --event-limit N keep the last N events at /__medusa/events (default 1000)",
          "  --cors-origin O allow this store CORS origin: exact, /regex/ or *; repeat or comma-separate",
          "                  (default: http(s)://localhost, 127.0.0.1 and [::1] on any port)",
          "  --response-templating  let stubs added through /__admin use WireMock's response templating",
          "  --verbose       log every request",
          "  --help          print this help");

  private Main() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Parses the arguments and starts the server, which then runs until the JVM exits.
   *
   * @return 0 when started or help was printed, 1 when the server could not start, 2 for bad
   *     arguments
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Command command;
    try {
      command = parseCommand(args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    if (command == null) {
      out.println(USAGE);
      return 0;
    }
    MockServerOptions options = command.options();
    if (command.capture() != null) {
      Seed seed;
      try {
        seed = capture(command, err);
      } catch (CaptureException | UncheckedIOException e) {
        err.println("error: " + e.getMessage());
        return 1;
      }
      if (command.saveTo() != null) {
        out.println(
            "saved the seed to " + command.saveTo() + "; serve it with --seed " + command.saveTo());
        return 0;
      }
      options.seed(seed);
    }
    MedusaMockServer server;
    try {
      server = new MedusaMockServer(options).start();
    } catch (RuntimeException e) {
      err.println("error: " + startupProblem(e, options));
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "medusa-mock-shutdown"));
    out.println("medusa mock server ready on " + server.baseUrl());
    out.flush();
    lastStarted = server;
    return 0;
  }

  /**
   * One line for a server that would not start, without the trace. WireMock wraps the cause: a busy
   * port is a {@link BindException} under two {@code FatalStartupException}s and an {@code
   * IOException}.
   */
  static String startupProblem(Throwable e, MockServerOptions options) {
    List<String> messages = new ArrayList<>();
    Throwable root = e;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      root = t;
      String m = t.getMessage();
      // A wrapper built from its cause alone repeats the cause's toString(): keep the cause's own
      // words.
      if (m != null
          && !m.isBlank()
          && (t.getCause() == null || !m.equals(t.getCause().toString()))) {
        messages.add(m.lines().findFirst().orElse(m).trim());
      }
    }
    if (root instanceof BindException) {
      return "cannot listen on "
          + options.bindAddress()
          + ":"
          + options.port()
          + ": "
          + root.getMessage()
          + " (--port 0 picks a free port)";
    }
    return "the server did not start: "
        + (messages.isEmpty() ? root.toString() : String.join(": ", messages));
  }

  /** Captures the store (progress and notes on {@code err}) and saves the seed when asked to. */
  private static Seed capture(Command command, PrintStream err) {
    long start = System.nanoTime();
    Seed seed = command.capture().progress(err::println).build().capture();
    if (command.saveTo() != null) {
      seed.save(command.saveTo());
    }
    long variants = seed.products.stream().mapToLong(p -> p.variants.size()).sum();
    err.printf(
        Locale.ROOT,
        "captured %d regions, %d products (%d variants), %d shipping options in %.1f s%n",
        seed.regions.size(),
        seed.products.size(),
        variants,
        seed.shippingOptions.size(),
        (System.nanoTime() - start) / 1e9);
    return seed;
  }

  /** The server the last {@link #run} started; tests use it to stop what they started. */
  static volatile MedusaMockServer lastStarted;

  /** What the command line asks for: a server, and maybe a capture to seed it with or to save. */
  record Command(MockServerOptions options, StoreCapture.Builder capture, Path saveTo) {}

  /** The server options the arguments describe, or null when help was asked for. */
  static MockServerOptions parse(String[] args) {
    Command c = parseCommand(args);
    return c == null ? null : c.options();
  }

  /** The command the arguments describe, or null when help was asked for. */
  static Command parseCommand(String[] args) {
    MockServerOptions o = MockServerOptions.defaults();
    List<String> corsOrigins = new ArrayList<>();
    String seedFrom = null;
    String publishableKey = null;
    Path saveTo = null;
    Integer maxProducts = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--help", "-h" -> {
          return null;
        }
        case "--verbose", "-v" -> o.verbose(true);
        case "--response-templating" -> o.responseTemplating(true);
        case "--port" -> {
          String v = value(args, ++i, a);
          try {
            o.port(Integer.parseInt(v));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port needs a number, got " + v);
          }
        }
        case "--bind" -> o.bindAddress(value(args, ++i, a));
        case "--seed" -> o.seedFile(Path.of(value(args, ++i, a)));
        case "--seed-from" -> seedFrom = value(args, ++i, a);
        case "--publishable-key" -> publishableKey = value(args, ++i, a);
        case "--save-seed" -> saveTo = Path.of(value(args, ++i, a));
        case "--max-products" -> maxProducts = number(args, ++i, a);
        case "--journal" -> o.requestJournal(number(args, ++i, a));
        case "--event-limit" -> o.eventLimit(number(args, ++i, a));
        case "--cors-origin" -> {
          // Comma-separated like Medusa's STORE_CORS; a regex entry may not contain a comma then.
          for (String origin : value(args, ++i, a).split(",")) {
            if (!origin.isBlank()) {
              corsOrigins.add(origin.trim());
            }
          }
        }
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
    }
    if (!corsOrigins.isEmpty()) {
      o.corsOrigins(corsOrigins);
    }
    o.validate();
    if (seedFrom == null) {
      if (publishableKey != null || saveTo != null || maxProducts != null) {
        throw new IllegalArgumentException(
            "--publishable-key, --save-seed and --max-products go with --seed-from");
      }
      return new Command(o, null, null);
    }
    if (o.seedFile() != null) {
      throw new IllegalArgumentException("--seed and --seed-from cannot be used together");
    }
    Path folder = saveTo == null ? null : saveTo.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw new IllegalArgumentException("--save-seed: there is no folder " + folder);
    }
    StoreCapture.Builder capture = StoreCapture.builder(seedFrom);
    if (publishableKey != null) {
      capture.publishableKey(publishableKey);
    }
    if (maxProducts != null) {
      capture.maxProducts(maxProducts);
    }
    capture.build(); // a bad URL, key or limit is a command-line error, found before anything runs
    return new Command(o, capture, saveTo);
  }

  private static int number(String[] args, int i, String option) {
    String v = value(args, i, option);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a number, got " + v);
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
