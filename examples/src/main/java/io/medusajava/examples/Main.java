package io.medusajava.examples;

/**
 * Entry point of {@code medusa-examples.jar}: {@code java -jar medusa-examples.jar checkout
 * --base-url URL}.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(Cli.run(args, System.out, System.err));
  }
}
