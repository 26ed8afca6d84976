package io.medusajava.examples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options one subcommand accepts, and the parser for them. Deliberately small: {@code --name
 * value}, {@code --name=value} and flags ({@code --name}); no short forms, no positional arguments.
 *
 * <pre>{@code
 * Options options = new Options()
 *     .value("--out", "FILE", "write here instead of stdout")
 *     .flag("--jwt", "use a JWT instead of a cookie session");
 * ParsedArgs parsed = options.parse(args);   // throws UsageException
 * }</pre>
 */
public final class Options {
  /**
   * One option: its name, the placeholder of its value ({@code null} for a flag) and a line of
   * help.
   */
  record Option(String name, String valueName, String help) {
    boolean takesValue() {
      return valueName != null;
    }
  }

  private final Map<String, Option> byName = new LinkedHashMap<>();

  public Options() {
    flag("--help", "show this help and exit");
  }

  /** Declares an option that takes a value, such as {@code --out FILE}. */
  public Options value(String name, String valueName, String help) {
    return add(new Option(name, valueName, help));
  }

  /** Declares a flag: present or absent, no value. */
  public Options flag(String name, String help) {
    return add(new Option(name, null, help));
  }

  private Options add(Option option) {
    if (!option.name().startsWith("--")) {
      throw new IllegalArgumentException("option names start with --: " + option.name());
    }
    if (byName.putIfAbsent(option.name(), option) != null) {
      throw new IllegalArgumentException("option declared twice: " + option.name());
    }
    return this;
  }

  /**
   * Reads the arguments against these options.
   *
   * @throws UsageException on an unknown option, a missing value, a value given to a flag, or a
   *     stray argument
   */
  public ParsedArgs parse(List<String> args) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        throw new UsageException("unexpected argument '" + arg + "' (options start with --)");
      }
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg : arg.substring(0, eq);
      Option option = byName.get(name);
      if (option == null) {
        throw new UsageException("unknown option " + name);
      }
      String value;
      if (!option.takesValue()) {
        if (eq >= 0) {
          throw new UsageException(name + " takes no value");
        }
        value = "";
      } else if (eq >= 0) {
        value = arg.substring(eq + 1);
      } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
        value = args.get(++i);
      } else {
        throw new UsageException(name + " needs a value: " + name + " " + option.valueName());
      }
      if (option.takesValue() && value.isEmpty()) {
        throw new UsageException(name + " needs a non-empty value");
      }
      if (values.put(name, value) != null) {
        throw new UsageException(name + " given twice");
      }
    }
    return new ParsedArgs(values);
  }

  /** The option list for {@code --help}, one option a line, help texts aligned. */
  public String describe() {
    List<String> left = new ArrayList<>();
    int width = 0;
    for (Option o : byName.values()) {
      String l = o.takesValue() ? o.name() + " " + o.valueName() : o.name();
      left.add(l);
      width = Math.max(width, l.length());
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    for (Option o : byName.values()) {
      out.append("  ")
          .append(String.format("%-" + width + "s", left.get(i++)))
          .append("  ")
          .append(o.help())
          .append('\n');
    }
    return out.toString();
  }
}
