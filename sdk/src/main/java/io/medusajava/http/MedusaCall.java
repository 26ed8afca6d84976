package io.medusajava.http;

import io.medusajava.errors.ErrorMapper;
import io.medusajava.errors.MedusaException;
import io.medusajava.internal.FutureSupport;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.codehaus.mojo.animal_sniffer.IgnoreJRERequirement;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * One Store API request, ready to run once: synchronously ({@link #execute()}), asynchronously
 * ({@link #enqueue(MedusaCallback)}, or {@link #executeAsync()} on Java 8+ and Android API 24+), or with status
 * and headers ({@link #executeRaw()}).
 *
 * <p>Every failure is a {@link MedusaException}: an HTTP error maps to its subclass, a network failure or timeout
 * to {@code ConnectionException}, a body that cannot be decoded to {@code UnexpectedResponseException}, one over
 * the response-size limit to {@code ResponseTooLargeException}, and an exception thrown on the client's side (an
 * interceptor, a session store) to {@code ClientSideException}, on the asynchronous paths too.
 * Retries, sessions and headers are applied underneath, so each run may make several attempts.
 *
 * @param <T> the decoded body type
 */
public final class MedusaCall<T> {
  /** Error bodies are read whole up to this size; Medusa's are small, HTML stack traces are not. */
  private static final long MAX_ERROR_BODY = 256 * 1024;

  private final Call<T> call;

  /**
   * Wraps a Retrofit call made by the SDK's own Retrofit instance.
   *
   * @param call the call, not yet executed
   * @throws IllegalArgumentException when an argument cannot go into a request, such as an idempotency key with a
   *     line break: it fails here, before anything is sent, instead of when the call runs
   */
  public MedusaCall(Call<T> call) {
    this.call = call;
    call.request();
  }

  /**
   * Runs the request and returns the decoded body.
   *
   * @return the body
   * @throws MedusaException on any failure
   */
  public T execute() {
    return executeRaw().body();
  }

  /**
   * Runs the request and returns the body with the HTTP status and headers.
   *
   * @return the response
   * @throws MedusaException on any failure
   */
  public MedusaResponse<T> executeRaw() {
    if (call.isExecuted()) {
      throw new IllegalStateException("a MedusaCall runs once; this one already ran");
    }
    Response<T> response;
    try {
      response = call.execute();
    } catch (IOException | RuntimeException e) {
      throw failureOf(e);
    }
    return toResult(response);
  }

  /**
   * Runs the request on OkHttp's dispatcher and reports to {@code callback} on a dispatcher thread. Works on
   * every Android API level; cancel with {@link #cancel()}, which reports a {@code ConnectionException}.
   *
   * @param callback receives the body or the failure, once
   */
  public void enqueue(final MedusaCallback<T> callback) {
    if (callback == null) {
      throw new IllegalArgumentException("callback must not be null");
    }
    call.enqueue(new Callback<T>() {
      @Override
      public void onResponse(Call<T> c, Response<T> response) {
        T body;
        try {
          body = toResult(response).body();
        } catch (MedusaException e) {
          callback.onFailure(e);
          return;
        }
        callback.onSuccess(body);
      }

      @Override
      public void onFailure(Call<T> c, Throwable t) {
        // Always typed: anything thrown here would end up on OkHttp's dispatcher thread.
        callback.onFailure(failureOf(t));
      }
    });
  }

  /**
   * Runs the request on OkHttp's dispatcher. Cancelling the future cancels the HTTP call.
   *
   * <p>Needs {@code CompletableFuture}: Java 8+, or Android API 24+ (desugaring does not provide it); use
   * {@link #enqueue(MedusaCallback)} below that.
   *
   * @return a future completed with the body, or exceptionally with a {@link MedusaException}
   * @throws UnsupportedOperationException on Android below API 24
   */
  @IgnoreJRERequirement // guarded by FutureSupport.require
  public CompletableFuture<T> executeAsync() {
    FutureSupport.require("MedusaCall.executeAsync()");
    // Not thenApply: the derived future's cancel() would not reach the HTTP call.
    final CompletableFuture<T> future = new CompletableFuture<T>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        // Marked cancelled first: the cancelled call may fail this future from a dispatcher thread at once.
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        call.cancel();
        return cancelled;
      }
    };
    // An anonymous class, not a lambda: animal-sniffer applies the method's @IgnoreJRERequirement to the
    // former but not to a lambda's synthetic method.
    executeRawAsync().whenComplete(new BiConsumer<MedusaResponse<T>, Throwable>() {
      @Override
      public void accept(MedusaResponse<T> response, Throwable failure) {
        if (failure != null) {
          future.completeExceptionally(failure);
        } else {
          future.complete(response.body());
        }
      }
    });
    return future;
  }

  /**
   * Like {@link #executeAsync()}, with status and headers. Cancelling the future cancels the HTTP call.
   * Needs Android API 24+, like {@link #executeAsync()}.
   *
   * @return a future completed with the response
   * @throws UnsupportedOperationException on Android below API 24
   */
  @IgnoreJRERequirement // guarded by FutureSupport.require
  public CompletableFuture<MedusaResponse<T>> executeRawAsync() {
    FutureSupport.require("MedusaCall.executeRawAsync()");
    final CompletableFuture<MedusaResponse<T>> future = new CompletableFuture<MedusaResponse<T>>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        // Marked cancelled first: the cancelled call may fail this future from a dispatcher thread at once.
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        call.cancel();
        return cancelled;
      }
    };
    call.enqueue(new Callback<T>() {
      @Override
      public void onResponse(Call<T> c, Response<T> response) {
        try {
          future.complete(toResult(response));
        } catch (MedusaException e) {
          future.completeExceptionally(e);
        }
      }

      @Override
      public void onFailure(Call<T> c, Throwable t) {
        future.completeExceptionally(failureOf(t));
      }
    });
    return future;
  }

  /** Maps whatever Retrofit reports to the caller's exception type. */
  private MedusaException failureOf(Throwable t) {
    return CallFailures.typed(t, method(), path());
  }

  /** Returns the request this call sends (before retries add headers). */
  public Request request() {
    return call.request();
  }

  /**
   * Cancels the call; a running {@link #execute()} then throws a {@code ConnectionException}, also when it is
   * waiting to retry.
   */
  public void cancel() {
    call.cancel();
  }

  private MedusaResponse<T> toResult(Response<T> response) {
    if (!response.isSuccessful()) {
      throw errorOf(response);
    }
    T body = response.body();
    if (body == null && response.code() != 204 && !isVoid(response)) {
      throw ErrorMapper.undecodable(response.code(), contentType(response.raw().body()), "",
          new IOException("empty body"), method(), path());
    }
    return new MedusaResponse<>(response.code(), response.headers(), body);
  }

  /** A Void call (no declared body) decodes to null on purpose; Retrofit gives no other hint. */
  private static boolean isVoid(Response<?> response) {
    Object tag = response.raw().request().tag(retrofit2.Invocation.class);
    if (!(tag instanceof retrofit2.Invocation)) {
      return false;
    }
    java.lang.reflect.Type type = ((retrofit2.Invocation) tag).method().getGenericReturnType();
    return type instanceof java.lang.reflect.ParameterizedType
        && ((java.lang.reflect.ParameterizedType) type).getActualTypeArguments()[0] == Void.class;
  }

  private MedusaException errorOf(Response<T> response) {
    ResponseBody errorBody = response.errorBody();
    String text = null;
    String contentType = contentType(errorBody);
    if (errorBody != null) {
      try {
        text = errorBody.source().request(MAX_ERROR_BODY)
            ? errorBody.source().getBuffer().snapshot((int) MAX_ERROR_BODY).utf8()
            : errorBody.string();
      } catch (IOException e) {
        text = null; // the status still tells the story
      } finally {
        errorBody.close();
      }
    }
    return ErrorMapper.fromResponse(response.code(), contentType, text, method(), path());
  }

  private static String contentType(ResponseBody body) {
    MediaType type = body == null ? null : body.contentType();
    return type == null ? null : type.toString();
  }

  private String method() {
    return call.request().method();
  }

  private String path() {
    String query = call.request().url().encodedQuery();
    return call.request().url().encodedPath() + (query == null ? "" : "?" + query);
  }

  @Override
  public String toString() {
    return "MedusaCall{" + method() + " " + path() + "}";
  }
}
