package io.medusajava.examples;

import io.medusajava.errors.MedusaException;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Picks the subcommand, parses its options and turns failures into exit statuses: 0 done, 1 the
 * work failed (the API said no, nothing to buy, a file could not be written), 2 the command line
 * was wrong.
 */
public final class Cli {
  public static final String BASE_URL = "--base-url";
  public static final String PUBLISHABLE_KEY = "--publishable-key";

  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;

  private static final String PROGRAM = "medusa-examples";
  private static final List<Command> COMMANDS =
      List.of(new CheckoutCommand(), new CatalogExportCommand(), new AccountCommand());

  private Cli() {}

  /** Runs one command line; what the command prints goes to {@code out} and {@code err}. */
  public static int run(String[] argv, PrintStream out, PrintStream err) {
    if (argv.length == 0 || argv[0].equals("--help") || argv[0].equals("help")) {
      (argv.length == 0 ? err : out).print(overview());
      return argv.length == 0 ? USAGE : OK;
    }
    Command command =
        COMMANDS.stream().filter(c -> c.name().equals(argv[0])).findFirst().orElse(null);
    if (command == null) {
      err.println(
          PROGRAM
              + ": unknown command '"
              + argv[0]
              + "'; the commands are "
              + COMMANDS.stream().map(Command::name).collect(Collectors.joining(", ")));
      return USAGE;
    }
    Options options = optionsOf(command);
    try {
      ParsedArgs args = options.parse(Arrays.asList(argv).subList(1, argv.length));
      if (args.has("--help")) {
        out.print(help(command, options));
        return OK;
      }
      return command.run(args, Backend.select(args), out, err);
    } catch (UsageException e) {
      // One line, so that a script's log shows what was wrong without a wall of help text.
      err.println(
          PROGRAM
              + " "
              + command.name()
              + ": "
              + e.getMessage()
              + " (see '"
              + PROGRAM
              + " "
              + command.name()
              + " --help')");
      return USAGE;
    } catch (MedusaException | ExampleFailure e) {
      err.println(PROGRAM + " " + command.name() + ": " + e.getMessage());
      return FAILED;
    } catch (IOException e) {
      err.println(PROGRAM + " " + command.name() + ": " + e);
      return FAILED;
    } catch (Exception e) {
      // A bug in an example or in the SDK: say so plainly, with the stack trace.
      err.println(PROGRAM + " " + command.name() + ": unexpected " + e);
      e.printStackTrace(err);
      return FAILED;
    }
  }

  static Options optionsOf(Command command) {
    Options options =
        new Options()
            .value(
                BASE_URL,
                "URL",
                "a Medusa v1 to talk to, e.g. http://localhost:9000 (default: the mock server, "
                    + "started in this process)")
            .value(
                PUBLISHABLE_KEY,
                "KEY",
                "publishable API key, optional: it limits products and carts to its sales "
                    + "channels (default: $MEDUSA_PUBLISHABLE_KEY)");
    command.declareOptions(options);
    return options;
  }

  private static String help(Command command, Options options) {
    return "Usage: "
        + PROGRAM
        + " "
        + command.name()
        + " [options]\n"
        + command.summary()
        + "\n\nOptions:\n"
        + options.describe();
  }

  private static String overview() {
    StringBuilder s = new StringBuilder("Usage: " + PROGRAM + " COMMAND [options]\n\nCommands:\n");
    for (Command c : COMMANDS) {
      s.append(String.format("  %-15s %s%n", c.name(), c.summary()));
    }
    s.append("\nRun '" + PROGRAM + " COMMAND --help' for a command's options.\n");
    return s.toString();
  }
}
