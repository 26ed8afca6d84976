package io.medusajava.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import org.jspecify.annotations.Nullable;

/**
 * Bounds how much of an answer is ever read. A success body that passes the limit fails with {@code
 * ResponseTooLargeException} at that byte, and its connection is closed. An error body is cut at
 * {@link #MAX_ERROR_BODY} (or the limit, if smaller): the status picks the exception, and the first
 * part is plenty for a message. Bytes are counted after OkHttp has decompressed them, so a small
 * gzip bomb stops at the limit too.
 */
public final class ResponseLimitInterceptor implements Interceptor {
  /**
   * Medusa's error bodies are a few hundred bytes; an HTML stack trace from a proxy can be
   * anything.
   */
  public static final long MAX_ERROR_BODY = 256 * 1024;

  private final long maxBytes;

  ResponseLimitInterceptor(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    ResponseBody body = response.body();
    if (body == null) {
      return response;
    }
    if (!response.isSuccessful()) {
      return response
          .newBuilder()
          .body(new BoundedBody(body, Math.min(maxBytes, MAX_ERROR_BODY), 0))
          .build();
    }
    if (body.contentLength() > maxBytes) {
      response.close(); // the server announced it: fail before reading a byte
      throw new ResponseLimitExceeded(response.code(), mediaType(body), maxBytes);
    }
    return response.newBuilder().body(new BoundedBody(body, maxBytes, response.code())).build();
  }

  private static @Nullable String mediaType(ResponseBody body) {
    MediaType type = body.contentType();
    return type == null ? null : type.toString();
  }

  /**
   * A body that ends (error bodies, {@code failStatus} 0) or fails once {@code limit} bytes have
   * been read.
   */
  private static final class BoundedBody extends ResponseBody {
    private final ResponseBody delegate;
    private final long limit;
    private final int failStatus;
    private @Nullable BufferedSource source;

    BoundedBody(ResponseBody delegate, long limit, int failStatus) {
      this.delegate = delegate;
      this.limit = limit;
      this.failStatus = failStatus;
    }

    @Override
    public @Nullable MediaType contentType() {
      return delegate.contentType();
    }

    @Override
    public long contentLength() {
      long length = delegate.contentLength();
      return length <= limit ? length : -1;
    }

    @Override
    public synchronized BufferedSource source() {
      if (source == null) {
        source =
            Okio.buffer(
                new ForwardingSource(delegate.source()) {
                  private long read;

                  @Override
                  public long read(Buffer sink, long byteCount) throws IOException {
                    // Truncating stops at the limit; failing reads one byte past it, to know that
                    // there is more.
                    long allowed = (failStatus == 0 ? limit : limit + 1) - read;
                    if (allowed <= 0) {
                      return -1;
                    }
                    long n = super.read(sink, Math.min(byteCount, allowed));
                    if (n > 0) {
                      read += n;
                    }
                    if (failStatus != 0 && read > limit) {
                      delegate
                          .close(); // gives the connection up instead of draining an endless body
                      throw new ResponseLimitExceeded(failStatus, mediaType(delegate), limit);
                    }
                    return n;
                  }
                });
      }
      return source;
    }

    @Override
    public void close() {
      delegate.close();
    }
  }
}
