package io.medusajava.examples;

import java.io.PrintStream;

/** One subcommand of the examples CLI. */
public interface Command {
  /** The word that selects it, such as {@code checkout}. */
  String name();

  /** One line for the command list. */
  String summary();

  /** Adds this command's own options; the common ones are already there. */
  void declareOptions(Options options);

  /**
   * Runs the command.
   *
   * @param args the parsed options
   * @param backend where to send requests
   * @param out where results go
   * @param err where progress goes
   * @return the exit status
   */
  int run(ParsedArgs args, Backend backend, PrintStream out, PrintStream err) throws Exception;
}
