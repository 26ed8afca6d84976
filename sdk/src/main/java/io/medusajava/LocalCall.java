package io.medusajava;

import java.io.IOException;
import okhttp3.Request;
import okio.Timeout;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * A call answered on the spot, with no HTTP exchange, for an operation that has nothing to ask the
 * server (ending a JWT session, which Medusa v1 cannot revoke). It answers 204 with no body, like a
 * server would.
 */
final class LocalCall implements Call<Object> {
  private final Request request;
  private boolean executed;
  private volatile boolean canceled;

  LocalCall(Request request) {
    this.request = request;
  }

  @Override
  public synchronized Response<Object> execute() throws IOException {
    if (executed) {
      throw new IllegalStateException("Already executed.");
    }
    executed = true;
    if (canceled) {
      throw new IOException("Canceled");
    }
    return Response.success(204, null);
  }

  @Override
  public void enqueue(Callback<Object> callback) {
    Response<Object> response;
    try {
      response = execute();
    } catch (IOException e) {
      callback.onFailure(this, e);
      return;
    }
    callback.onResponse(this, response);
  }

  @Override
  public synchronized boolean isExecuted() {
    return executed;
  }

  @Override
  public void cancel() {
    canceled = true;
  }

  @Override
  public boolean isCanceled() {
    return canceled;
  }

  @Override
  public Call<Object> clone() {
    return new LocalCall(request);
  }

  @Override
  public Request request() {
    return request;
  }

  @Override
  public Timeout timeout() {
    return Timeout.NONE;
  }
}
