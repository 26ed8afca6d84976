package io.medusajava;

import io.medusajava.errors.ErrorMapper;
import io.medusajava.errors.MedusaException;
import io.medusajava.internal.CallFailures;
import io.medusajava.internal.Checks;
import io.medusajava.internal.FutureSupport;
import io.medusajava.internal.ResponseLimitInterceptor;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Function;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.codehaus.mojo.animal_sniffer.IgnoreJRERequirement;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Callback;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * One Store API request, ready to run once: synchronously ({@link #execute()}), asynchronously
 * ({@link #enqueue(MedusaCallback)}, or {@link #executeAsync()} on Java 8+ and Android API 24+), or
 * with status and headers ({@link #executeRaw()}).
 *
 * <p>It returns what was asked for ({@code carts().retrieve(id)} a {@code Cart}); the JSON envelope
 * the server wrapped it in stays reachable through {@link MedusaResponse#envelope()}.
 *
 * <p>Every failure is a {@link MedusaException}: an HTTP error maps to its subclass, a network
 * failure or timeout to {@code ConnectionException}, a body that cannot be decoded to {@code
 * UnexpectedResponseException}, one over the response-size limit to {@code
 * ResponseTooLargeException}, and an exception thrown on the client's side (an interceptor, a
 * session store) to {@code ClientSideException}, on the asynchronous paths too. Retries, sessions
 * and headers are applied underneath, so each run may make several attempts.
 *
 * @param <T> the type of the result
 */
public final class MedusaCall<T> {
  /** Error bodies are read whole up to the size the response limit lets through for them. */
  private static final long MAX_ERROR_BODY = ResponseLimitInterceptor.MAX_ERROR_BODY;

  private final Call<Object> call;

  /** Turns the decoded envelope into the result. */
  private final Function<Object, T> result;

  /** Turns a failure into a result, or rethrows it; null rethrows. */
  private final @Nullable Function<MedusaException, T> recovery;

  @SuppressWarnings("unchecked")
  private MedusaCall(
      Call<?> call, Function<Object, T> result, @Nullable Function<MedusaException, T> recovery) {
    this.call = (Call<Object>) call;
    this.result = result;
    this.recovery = recovery;
  }

  /**
   * The Retrofit adapter that makes the generated interfaces return {@code MedusaCall}s of their
   * envelopes.
   */
  static CallAdapter.Factory adapterFactory() {
    return new CallAdapter.Factory() {
      @Override
      public @Nullable CallAdapter<?, ?> get(
          Type returnType, Annotation[] annotations, Retrofit retrofit) {
        if (getRawType(returnType) != MedusaCall.class) {
          return null;
        }
        if (!(returnType instanceof ParameterizedType)) {
          throw new IllegalStateException("MedusaCall needs a type argument: " + returnType);
        }
        final Type body = getParameterUpperBound(0, (ParameterizedType) returnType);
        return new CallAdapter<Object, MedusaCall<Object>>() {
          @Override
          public Type responseType() {
            return body;
          }

          @Override
          public MedusaCall<Object> adapt(Call<Object> call) {
            // Builds the request now, so that an argument no request can carry (an idempotency key
            // with a line break) fails with IllegalArgumentException here, before anything is sent,
            // not when the call runs.
            call.request();
            return new MedusaCall<>(call, Function.identity(), null);
          }
        };
      }
    };
  }

  /** A call that answers {@code null} without sending anything; {@code request} only names it. */
  static <T> MedusaCall<T> local(Request request) {
    return new MedusaCall<>(new LocalCall(request), envelope -> null, null);
  }

  /**
   * Returns a call that runs the same request and passes its result through {@code f}: for example
   * {@code customers().listOrders().map(Page::items)}. Like this call, it runs once.
   *
   * @param f turns the result into another; it runs on the thread that completes the call
   * @param <R> the new result type
   * @return the derived call
   */
  public <R> MedusaCall<R> map(final Function<? super T, ? extends R> f) {
    Checks.requireNonNull(f, "f");
    final Function<Object, T> before = result;
    final Function<MedusaException, T> rescue = recovery;
    return new MedusaCall<R>(
        call,
        new Function<Object, R>() {
          @Override
          public R apply(Object envelope) {
            return f.apply(before.apply(envelope));
          }
        },
        rescue == null
            ? null
            : new Function<MedusaException, R>() {
              @Override
              public R apply(MedusaException e) {
                return f.apply(rescue.apply(e));
              }
            });
  }

  /**
   * Returns a call whose failures pass through {@code handler}, which returns a result instead or
   * rethrows. The SDK's own sessions use it (a logout the server no longer knows about still
   * succeeds).
   */
  MedusaCall<T> recover(Function<MedusaException, T> handler) {
    return new MedusaCall<>(call, result, handler);
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
    try {
      Response<Object> response;
      try {
        response = call.execute();
      } catch (IOException | RuntimeException e) {
        throw failureOf(e);
      }
      return toResult(response);
    } catch (MedusaException e) {
      return recovered(e);
    }
  }

  /** Hands a failure to the recovery handler, if there is one; without one it is rethrown. */
  private MedusaResponse<T> recovered(MedusaException e) {
    if (recovery == null) {
      throw e;
    }
    return new MedusaResponse<>(
        e.getStatusCode(), new Headers.Builder().build(), recovery.apply(e), null);
  }

  /**
   * Runs the request on OkHttp's dispatcher and reports to {@code callback} on a dispatcher thread.
   * Works on every Android API level; cancel with {@link #cancel()}, which reports a {@code
   * ConnectionException}.
   *
   * @param callback receives the body or the failure, once
   */
  public void enqueue(final MedusaCallback<T> callback) {
    if (callback == null) {
      throw new IllegalArgumentException("callback must not be null");
    }
    call.enqueue(
        new Callback<Object>() {
          @Override
          public void onResponse(Call<Object> c, Response<Object> response) {
            T body;
            try {
              try {
                body = toResult(response).body();
              } catch (MedusaException e) {
                body = recovered(e).body();
              }
            } catch (MedusaException e) {
              callback.onFailure(e);
              return;
            }
            callback.onSuccess(body);
          }

          @Override
          public void onFailure(Call<Object> c, Throwable t) {
            // Always typed: anything thrown here would end up on OkHttp's dispatcher thread.
            T body;
            try {
              body = recovered(failureOf(t)).body();
            } catch (MedusaException e) {
              callback.onFailure(e);
              return;
            }
            callback.onSuccess(body);
          }
        });
  }

  /**
   * Runs the request on OkHttp's dispatcher. Cancelling the future cancels the HTTP call.
   *
   * <p>Needs {@code CompletableFuture}: Java 8+, or Android API 24+ (desugaring does not provide
   * it); use {@link #enqueue(MedusaCallback)} below that.
   *
   * @return a future completed with the body, or exceptionally with a {@link MedusaException}
   * @throws UnsupportedOperationException on Android below API 24
   */
  @IgnoreJRERequirement // guarded by FutureSupport.require
  public CompletableFuture<T> executeAsync() {
    FutureSupport.require("MedusaCall.executeAsync()");
    // Not thenApply: the derived future's cancel() would not reach the HTTP call.
    final CompletableFuture<T> future =
        new CompletableFuture<T>() {
          @Override
          public boolean cancel(boolean mayInterruptIfRunning) {
            // Cancelled first, then the HTTP call: its failure, reported on a dispatcher thread,
            // must not win.
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            call.cancel();
            return cancelled;
          }
        };
    // An anonymous class, not a lambda: animal-sniffer applies the method's @IgnoreJRERequirement
    // to the former but not to a lambda's synthetic method.
    executeRawAsync()
        .whenComplete(
            new BiConsumer<MedusaResponse<T>, Throwable>() {
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
   * Like {@link #executeAsync()}, with status and headers. Cancelling the future cancels the HTTP
   * call. Needs Android API 24+, like {@link #executeAsync()}.
   *
   * @return a future completed with the response
   * @throws UnsupportedOperationException on Android below API 24
   */
  @IgnoreJRERequirement // guarded by FutureSupport.require
  public CompletableFuture<MedusaResponse<T>> executeRawAsync() {
    FutureSupport.require("MedusaCall.executeRawAsync()");
    final CompletableFuture<MedusaResponse<T>> future =
        new CompletableFuture<MedusaResponse<T>>() {
          @Override
          public boolean cancel(boolean mayInterruptIfRunning) {
            // Cancelled first, then the HTTP call: its failure, reported on a dispatcher thread,
            // must not win.
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            call.cancel();
            return cancelled;
          }
        };
    call.enqueue(
        new Callback<Object>() {
          @Override
          public void onResponse(Call<Object> c, Response<Object> response) {
            try {
              try {
                future.complete(toResult(response));
              } catch (MedusaException e) {
                future.complete(recovered(e));
              }
            } catch (MedusaException e) {
              future.completeExceptionally(e);
            }
          }

          @Override
          public void onFailure(Call<Object> c, Throwable t) {
            try {
              future.complete(recovered(failureOf(t)));
            } catch (MedusaException e) {
              future.completeExceptionally(e);
            }
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
   * Cancels the call; a running {@link #execute()} then throws a {@code ConnectionException}, also
   * when it is waiting to retry.
   */
  public void cancel() {
    call.cancel();
  }

  private MedusaResponse<T> toResult(Response<Object> response) {
    if (!response.isSuccessful()) {
      throw errorOf(response);
    }
    Object envelope = response.body();
    if (envelope == null && response.code() != 204 && !isVoid(response)) {
      throw ErrorMapper.undecodable(
          response.code(),
          contentType(response.raw().body()),
          "",
          new IOException("empty body"),
          method(),
          path());
    }
    return new MedusaResponse<>(
        response.code(), response.headers(), result.apply(envelope), envelope);
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

  private MedusaException errorOf(Response<Object> response) {
    ResponseBody errorBody = response.errorBody();
    String text = null;
    String contentType = contentType(errorBody);
    if (errorBody != null) {
      try {
        text =
            errorBody.source().request(MAX_ERROR_BODY)
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
