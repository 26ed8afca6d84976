package io.medusajava.examples;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.medusajava.MedusaStore;
import io.medusajava.Page;
import io.medusajava.auth.AuthMode;
import io.medusajava.model.PricedProduct;
import io.medusajava.model.PricedVariant;
import io.medusajava.model.ProductListParams;
import io.medusajava.model.Region;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the whole catalog, one product a row, with its cheapest price in one region.
 *
 * <pre>
 * medusa-examples catalog-export --base-url http://localhost:9000 --format jsonl --out products.jsonl
 * </pre>
 */
public final class CatalogExportCommand implements Command {
  private static final String FORMAT = "--format";
  private static final String OUT = "--out";
  private static final String PAGE_SIZE = "--page-size";

  /** The columns of the CSV, and the field names of each JSON line, in order. */
  static final List<String> COLUMNS =
      List.of("id", "handle", "title", "collection", "variant_count", "min_price", "currency");

  @Override
  public String name() {
    return "catalog-export";
  }

  @Override
  public String summary() {
    return "Export every product as CSV or JSON lines, with its lowest price in a region.";
  }

  @Override
  public void declareOptions(Options options) {
    options
        .value(FORMAT, "csv|jsonl", "output format (default: csv)")
        .value(OUT, "FILE", "write to FILE instead of stdout")
        .value(
            Regions.REGION_CURRENCY,
            "CODE",
            "price in the region with this currency (default: the first region)")
        .value(PAGE_SIZE, "N", "products fetched per request (default: 50)");
  }

  @Override
  public int run(ParsedArgs args, Backend backend, PrintStream out, PrintStream err)
      throws IOException {
    String format = args.getChoice(FORMAT, "csv", "csv", "jsonl");
    int pageSize = args.getPositiveInt(PAGE_SIZE, 50);
    try (MedusaStore store = backend.connect(AuthMode.COOKIE_SESSION);
        Writer writer = open(args, out)) {
      Region region = Regions.pick(store, args.get(Regions.REGION_CURRENCY));
      RowWriter rows = format.equals("csv") ? new CsvRows(writer) : new JsonLines(writer);
      ProductListParams query =
          ProductListParams.builder().regionId(region.getId()).limit(pageSize).build();

      // Page by page rather than listAll(...): the first page's count gives the progress line its
      // total.
      Page<PricedProduct> page = store.products().list(query).execute();
      int exported = 0;
      while (true) {
        for (PricedProduct product : page.items()) {
          rows.write(row(product, region));
          exported++;
        }
        err.println(
            "exported "
                + exported
                + "/"
                + Objects.requireNonNullElse(page.count(), exported)
                + " products");
        if (!page.hasNextPage()) {
          break;
        }
        page = page.nextPage();
      }
      writer.flush();
    }
    return Cli.OK;
  }

  private static Writer open(ParsedArgs args, PrintStream stdout) throws IOException {
    OutputStream stream =
        args.has(OUT)
            ? Files.newOutputStream(Path.of(args.get(OUT).get()))
            : new NonClosing(stdout);
    return new OutputStreamWriter(stream, StandardCharsets.UTF_8);
  }

  /** One product's row: the values of {@link #COLUMNS}, in order. */
  static Map<String, Object> row(PricedProduct product, Region region) {
    List<PricedVariant> variants = product.getVariants();
    Long minPrice =
        variants.stream()
            .map(PricedVariant::getCalculatedPrice)
            .filter(Objects::nonNull)
            .map(Double::longValue)
            .min(Long::compare)
            .orElse(null);
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", product.getId());
    row.put("handle", product.getHandle());
    row.put("title", product.getTitle());
    row.put(
        "collection", product.getCollection() == null ? null : product.getCollection().getTitle());
    row.put("variant_count", variants.size());
    row.put("min_price", minPrice);
    row.put("currency", region.getCurrencyCode());
    return row;
  }

  private interface RowWriter {
    void write(Map<String, Object> row) throws IOException;
  }

  /**
   * RFC 4180 CSV: a header, then one line per product; fields with a comma, quote or line break are
   * quoted.
   */
  private static final class CsvRows implements RowWriter {
    private final Writer writer;

    CsvRows(Writer writer) throws IOException {
      this.writer = writer;
      writer.write(String.join(",", COLUMNS) + "\r\n");
    }

    @Override
    public void write(Map<String, Object> row) throws IOException {
      StringBuilder line = new StringBuilder();
      for (String column : COLUMNS) {
        if (line.length() > 0) {
          line.append(',');
        }
        line.append(escape(row.get(column)));
      }
      writer.write(line.append("\r\n").toString());
    }

    static String escape(Object value) {
      String s = value == null ? "" : value.toString();
      if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
        return '"' + s.replace("\"", "\"\"") + '"';
      }
      return s;
    }
  }

  /** One JSON object a line; missing values are written as {@code null}. */
  private static final class JsonLines implements RowWriter {
    private static final JsonAdapter<Map<String, Object>> ADAPTER =
        new Moshi.Builder()
            .build()
            .<Map<String, Object>>adapter(
                Types.newParameterizedType(Map.class, String.class, Object.class))
            .serializeNulls();
    private final Writer writer;

    JsonLines(Writer writer) {
      this.writer = writer;
    }

    @Override
    public void write(Map<String, Object> row) throws IOException {
      writer.write(ADAPTER.toJson(row) + "\n");
    }
  }

  /** Lets the writer be closed without closing stdout. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
