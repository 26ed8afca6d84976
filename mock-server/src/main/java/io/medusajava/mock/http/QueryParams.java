package io.medusajava.mock.http;

import java.util.List;
import java.util.Map;

/**
 * A query string parsed the way the server's {@code qs} parser reads it: {@code id[]=a&id[]=b},
 * {@code id[0]=a} and {@code id=a} are all the list {@code [a, b]} / {@code [a]}; {@code
 * created_at[gt]=x} is the nested map {@code {created_at: {gt: x}}}.
 */
public interface QueryParams {
  /** The single value of a plain parameter, or null when absent; the last one wins if repeated. */
  String get(String name);

  /** The values of an array parameter in any of its forms, or an empty list. */
  List<String> list(String name);

  /**
   * The sub-keys of a bracketed parameter ({@code created_at[gt]} → {@code {gt: ...}}), or an empty
   * map.
   */
  Map<String, String> nested(String name);

  /** Whether the parameter appears in any form. */
  boolean has(String name);

  /** Every top-level parameter name that appeared. */
  java.util.Set<String> names();
}
