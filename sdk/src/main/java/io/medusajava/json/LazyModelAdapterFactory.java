package io.medusajava.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.medusajava.internal.RequiredFields;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Defers building a generated model's adapter until a value of that model is first read or written.
 *
 * <p>Moshi's reflective adapter resolves the adapters of all its fields when it is built, so asking
 * for the adapter of a list of regions walked the whole model graph (regions hold tax rates, which
 * hold products, which hold variants, ... about a hundred classes), all before the first call could
 * return. Deferred, only the models present in an answer are ever looked at. The adapter itself is
 * still the one Moshi would have chosen: the next factory in line, built once.
 */
final class LazyModelAdapterFactory implements JsonAdapter.Factory {
  @Override
  public @Nullable JsonAdapter<?> create(
      Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()
        || !Types.getRawType(type).isAnnotationPresent(RequiredFields.class)) {
      return null; // only the generated response models carry @RequiredFields
    }
    return new Deferred<>(this, type, moshi);
  }

  private static final class Deferred<T> extends JsonAdapter<T> {
    private final JsonAdapter.Factory skipPast;
    private final Type type;
    private final Moshi moshi;

    /** Racing threads may each build one; they are equal, and either may stay. */
    private volatile @Nullable JsonAdapter<T> delegate;

    Deferred(JsonAdapter.Factory skipPast, Type type, Moshi moshi) {
      this.skipPast = skipPast;
      this.type = type;
      this.moshi = moshi;
    }

    private JsonAdapter<T> delegate() {
      JsonAdapter<T> d = delegate;
      if (d == null) {
        delegate =
            d = moshi.nextAdapter(skipPast, type, java.util.Collections.<Annotation>emptySet());
      }
      return d;
    }

    @Override
    public @Nullable T fromJson(JsonReader reader) throws IOException {
      return delegate().fromJson(reader);
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable T value) throws IOException {
      delegate().toJson(writer, value);
    }

    @Override
    public String toString() {
      return delegate().toString();
    }
  }
}
