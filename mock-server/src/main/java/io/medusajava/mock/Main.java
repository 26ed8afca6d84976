package io.medusajava.mock;

import java.io.PrintStream;
import java.net.BindException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command line entry of the standalone jar: {@code java -jar medusa-mock-server.jar --port 9000}. */
public final class Main {
    static final String USAGE = String.join("\n",
            "Usage: java -jar medusa-mock-server.jar [options]",
            "  --port N        port to listen on (default 0: a free port)",
            "  --bind ADDR     address to bind (default 127.0.0.1)",
            "  --seed FILE     seed JSON to load instead of the bundled catalog",
            "  --journal N     keep WireMock's request journal for the last N requests (default 0: none)",
            "  --event-limit N keep the last N events at /__medusa/events (default 1000)",
            "  --cors-origin O allow this store CORS origin: exact, /regex/ or *; repeat or comma-separate",
            "                  (default: http(s)://localhost, 127.0.0.1 and [::1] on any port)",
            "  --response-templating  let stubs added through /__admin use WireMock's response templating",
            "  --verbose       log every request",
            "  --help          print this help");

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Parses the arguments and starts the server, which then runs until the JVM exits.
     *
     * @return 0 when started or help was printed, 1 when the server could not start, 2 for bad arguments
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        MockServerOptions options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (options == null) {
            out.println(USAGE);
            return 0;
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
     * One line for a server that would not start, without the trace. WireMock wraps the cause: a busy port is
     * a {@link BindException} under two {@code FatalStartupException}s and an {@code IOException}.
     */
    static String startupProblem(Throwable e, MockServerOptions options) {
        List<String> messages = new ArrayList<>();
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            root = t;
            String m = t.getMessage();
            // A wrapper built from its cause alone repeats the cause's toString(): keep the cause's own words.
            if (m != null && !m.isBlank() && (t.getCause() == null || !m.equals(t.getCause().toString()))) {
                messages.add(m.lines().findFirst().orElse(m).trim());
            }
        }
        if (root instanceof BindException) {
            return "cannot listen on " + options.bindAddress() + ":" + options.port() + ": " + root.getMessage()
                    + " (--port 0 picks a free port)";
        }
        return "the server did not start: " + (messages.isEmpty() ? root.toString() : String.join(": ", messages));
    }

    /** The server the last {@link #run} started; tests use it to stop what they started. */
    static volatile MedusaMockServer lastStarted;

    /** The options the arguments describe, or null when help was asked for. */
    static MockServerOptions parse(String[] args) {
        MockServerOptions o = MockServerOptions.defaults();
        List<String> corsOrigins = new ArrayList<>();
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
        return o.validate();
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
