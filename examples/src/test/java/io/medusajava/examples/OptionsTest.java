package io.medusajava.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.mock.MedusaMockServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OptionsTest {
  private final Options options =
      new Options()
          .value("--out", "FILE", "where to write")
          .value("--page-size", "N", "page size")
          .flag("--jwt", "use a token");

  private ParsedArgs parse(String... args) {
    return options.parse(List.of(args));
  }

  private String usageError(String... args) {
    return assertThrows(UsageException.class, () -> parse(args)).getMessage();
  }

  @Test
  void readsValuesInBothSpellingsAndFlags() {
    ParsedArgs args = parse("--out", "a.csv", "--page-size=10", "--jwt");
    assertEquals(Optional.of("a.csv"), args.get("--out"));
    assertEquals(10, args.getPositiveInt("--page-size", 50));
    assertTrue(args.has("--jwt"));
    assertFalse(args.has("--help"));
  }

  @Test
  void absentOptionsFallBack() {
    ParsedArgs args = parse();
    assertEquals(Optional.empty(), args.get("--out"));
    assertEquals("-", args.get("--out", "-"));
    assertEquals(50, args.getPositiveInt("--page-size", 50));
  }

  @Test
  void everyCommandKnowsHelp() {
    assertTrue(parse("--help").has("--help"));
  }

  @Test
  void unknownOptionIsNamed() {
    assertEquals("unknown option --outt", usageError("--outt", "x"));
    assertEquals("unknown option --outt", usageError("--outt=x"));
  }

  @Test
  void missingValueSaysWhatIsExpected() {
    assertEquals("--out needs a value: --out FILE", usageError("--out"));
    assertEquals("--out needs a value: --out FILE", usageError("--out", "--jwt"));
    assertEquals("--out needs a non-empty value", usageError("--out="));
  }

  @Test
  void flagsTakeNoValue() {
    assertEquals("--jwt takes no value", usageError("--jwt=yes"));
  }

  @Test
  void strayArgumentsAndRepeatsAreRejected() {
    assertEquals("unexpected argument 'extra' (options start with --)", usageError("extra"));
    assertEquals("--jwt given twice", usageError("--jwt", "--jwt"));
  }

  @Test
  void numbersAndChoicesAreChecked() {
    UsageException e =
        assertThrows(
            UsageException.class, () -> parse("--page-size", "0").getPositiveInt("--page-size", 5));
    assertEquals("--page-size needs a positive whole number, not '0'", e.getMessage());
    assertThrows(
        UsageException.class, () -> parse("--page-size", "ten").getPositiveInt("--page-size", 5));
    ParsedArgs args = new Options().value("--format", "F", "").parse(List.of("--format", "xml"));
    e = assertThrows(UsageException.class, () -> args.getChoice("--format", "csv", "csv", "jsonl"));
    assertEquals("--format must be one of csv, jsonl, not 'xml'", e.getMessage());
  }

  @Test
  void helpListsEveryOption() {
    String help = options.describe();
    assertTrue(help.contains("--out FILE"), help);
    assertTrue(help.contains("--jwt"), help);
    assertTrue(help.contains("--help"), help);
  }

  // The same rules seen from the command line: exit 2 and one clear line.

  @Test
  void cliExitsWith2OnBadOptions() {
    Run run = Run.of("checkout", "--base-url");
    assertEquals(Cli.USAGE, run.status);
    assertTrue(
        run.err.startsWith("medusa-examples checkout: --base-url needs a value: --base-url URL"),
        run.err);

    assertEquals(Cli.USAGE, Run.of("catalog-export", "--colour", "red").status);
    assertEquals(
        Cli.USAGE, Run.of("catalog-export", "--base-url", "http://x", "--format", "xml").status);
    assertEquals(Cli.USAGE, Run.of("frobnicate").status);
    assertEquals(Cli.USAGE, Run.of().status);
  }

  @Test
  void everyUsageErrorIsOneLineThatPointsToHelp() {
    for (String[] argv :
        List.of(
            new String[] {"checkout", "--base-url"},
            new String[] {"catalog-export", "--colour", "red"},
            new String[] {"catalog-export", "--page-size", "0"},
            new String[] {"account", "--email"})) {
      Run run = Run.of(argv);
      assertEquals(Cli.USAGE, run.status, run.err);
      assertEquals(1, run.err.lines().count(), run.err);
      assertTrue(run.err.endsWith("(see 'medusa-examples " + argv[0] + " --help')\n"), run.err);
      assertEquals("", run.out);
    }
  }

  @Test
  void unknownCommandIsOneLineListingTheCommands() {
    Run run = Run.of("frobnicate");
    assertEquals(Cli.USAGE, run.status);
    assertEquals(
        "medusa-examples: unknown command 'frobnicate'; the commands are checkout, catalog-export, account\n",
        run.err);
  }

  @Test
  void baseUrlMustBeHttpWithAHost() {
    // The issue's own example: no scheme. Before, the client threw IllegalArgumentException with a
    // stack trace.
    for (String url :
        List.of(
            "localhost:9000",
            "ftp://localhost:9000",
            "http://",
            "http//localhost:9000",
            "127.0.0.1:9000",
            "https://:9000/")) {
      Run run = Run.of("checkout", "--base-url", url);
      assertEquals(Cli.USAGE, run.status, url + ": " + run.err);
      assertEquals(
          "medusa-examples checkout: --base-url needs an http:// or https:// URL with a host, such as "
              + "http://localhost:9000, not '"
              + url
              + "' (see 'medusa-examples checkout --help')\n",
          run.err);
    }
  }

  @Test
  void wellFormedBaseUrlsPassTheCheck() {
    try (MedusaMockServer server = new MedusaMockServer().start()) {
      int port = server.port();
      for (String url : List.of("HTTP://127.0.0.1:" + port + "/", "http://localhost:" + port)) {
        Run run = Run.of("catalog-export", "--base-url", url, "--page-size", "100");
        assertEquals(Cli.OK, run.status, url + ": " + run.err);
        assertTrue(run.out.startsWith("id,handle,"), run.out);
      }
    }
  }

  @Test
  void publishableKeyThatCannotBeAHeaderIsAUsageError() {
    Run run =
        Run.of("checkout", "--base-url", "http://127.0.0.1:1", "--publishable-key", "pk_\u00fc1");
    assertEquals(Cli.USAGE, run.status, run.err);
    assertEquals(
        "medusa-examples checkout: --publishable-key has a character that cannot go in an HTTP header "
            + "(at position 4); a publishable key looks like pk_01H... (see 'medusa-examples checkout --help')\n",
        run.err);
  }

  @Test
  void cliHelpExitsWith0() {
    Run run = Run.of("account", "--help");
    assertEquals(Cli.OK, run.status);
    assertTrue(run.out.contains("Usage: medusa-examples account [options]"), run.out);
    assertTrue(run.out.contains("--base-url URL"), run.out);
    assertEquals(Cli.OK, Run.of("--help").status);
  }

  @Test
  void helpSaysTheBaseUrlIsOptional() {
    for (String command : List.of("checkout", "catalog-export", "account")) {
      String help = Run.of(command, "--help").out;
      String baseUrlLine =
          help.lines().filter(l -> l.contains("--base-url")).findFirst().orElseThrow();
      assertFalse(baseUrlLine.contains("required"), baseUrlLine);
      assertTrue(
          baseUrlLine.contains("(default: the mock server, started in this process)"), baseUrlLine);
    }
  }

  @Test
  void accountNeedsCredentialsOrRegister() {
    Run run = Run.of("account", "--base-url", "http://127.0.0.1:1", "--email", "a@b.c");
    assertEquals(Cli.USAGE, run.status);
    assertTrue(run.err.contains("give --email and --password to log in, or --register"), run.err);
  }

  /** One in-process run of the CLI, with what it printed. */
  record Run(int status, String out, String err) {
    static Run of(String... argv) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status =
          Cli.run(
              argv,
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));
      return new Run(
          status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
  }
}
