package io.medusajava.bench;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.medusajava.json.MedusaJson;
import io.medusajava.model.StoreProductsListRes;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okio.Buffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A 100-product page into the generated models, beside the same bytes into a Map (the untyped
 * floor).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DecodeBench {
  private byte[] page;
  private JsonAdapter<StoreProductsListRes> typed;
  private JsonAdapter<Map<String, Object>> untyped;

  @Setup
  public void load() throws IOException {
    page = Fixtures.load().products100;
    typed = MedusaJson.moshi().adapter(StoreProductsListRes.class);
    untyped =
        new Moshi.Builder()
            .build()
            .adapter(
                com.squareup.moshi.Types.newParameterizedType(
                    Map.class, String.class, Object.class));
    // run.sh turns microseconds per page into MB/s with this size.
    System.out.println("page bytes: " + page.length);
  }

  @Benchmark
  public StoreProductsListRes typedModels() throws IOException {
    return typed.fromJson(new Buffer().write(page));
  }

  @Benchmark
  public Map<String, Object> untypedMap() throws IOException {
    return untyped.fromJson(new Buffer().write(page));
  }
}
