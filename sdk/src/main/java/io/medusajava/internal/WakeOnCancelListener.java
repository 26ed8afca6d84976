package io.medusajava.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.List;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.Handshake;
import okhttp3.HttpUrl;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Passes every event to the client's own listener, and a cancellation also to {@link RetryWaits}.
 */
final class WakeOnCancelListener extends EventListener {
  private final EventListener delegate;
  private final RetryWaits waits;

  WakeOnCancelListener(EventListener delegate, RetryWaits waits) {
    this.delegate = delegate;
    this.waits = waits;
  }

  @Override
  public void canceled(Call call) {
    try {
      delegate.canceled(call);
    } finally {
      waits.wake(call);
    }
  }

  @Override
  public void callStart(Call call) {
    delegate.callStart(call);
  }

  @Override
  public void proxySelectStart(Call call, HttpUrl url) {
    delegate.proxySelectStart(call, url);
  }

  @Override
  public void proxySelectEnd(Call call, HttpUrl url, List<Proxy> proxies) {
    delegate.proxySelectEnd(call, url, proxies);
  }

  @Override
  public void dnsStart(Call call, String domainName) {
    delegate.dnsStart(call, domainName);
  }

  @Override
  public void dnsEnd(Call call, String domainName, List<InetAddress> inetAddressList) {
    delegate.dnsEnd(call, domainName, inetAddressList);
  }

  @Override
  public void connectStart(Call call, InetSocketAddress inetSocketAddress, Proxy proxy) {
    delegate.connectStart(call, inetSocketAddress, proxy);
  }

  @Override
  public void secureConnectStart(Call call) {
    delegate.secureConnectStart(call);
  }

  @Override
  public void secureConnectEnd(Call call, @Nullable Handshake handshake) {
    delegate.secureConnectEnd(call, handshake);
  }

  @Override
  public void connectEnd(
      Call call, InetSocketAddress inetSocketAddress, Proxy proxy, @Nullable Protocol protocol) {
    delegate.connectEnd(call, inetSocketAddress, proxy, protocol);
  }

  @Override
  public void connectFailed(
      Call call,
      InetSocketAddress inetSocketAddress,
      Proxy proxy,
      @Nullable Protocol protocol,
      IOException ioe) {
    delegate.connectFailed(call, inetSocketAddress, proxy, protocol, ioe);
  }

  @Override
  public void connectionAcquired(Call call, Connection connection) {
    delegate.connectionAcquired(call, connection);
  }

  @Override
  public void connectionReleased(Call call, Connection connection) {
    delegate.connectionReleased(call, connection);
  }

  @Override
  public void requestHeadersStart(Call call) {
    delegate.requestHeadersStart(call);
  }

  @Override
  public void requestHeadersEnd(Call call, Request request) {
    delegate.requestHeadersEnd(call, request);
  }

  @Override
  public void requestBodyStart(Call call) {
    delegate.requestBodyStart(call);
  }

  @Override
  public void requestBodyEnd(Call call, long byteCount) {
    delegate.requestBodyEnd(call, byteCount);
  }

  @Override
  public void requestFailed(Call call, IOException ioe) {
    delegate.requestFailed(call, ioe);
  }

  @Override
  public void responseHeadersStart(Call call) {
    delegate.responseHeadersStart(call);
  }

  @Override
  public void responseHeadersEnd(Call call, Response response) {
    delegate.responseHeadersEnd(call, response);
  }

  @Override
  public void responseBodyStart(Call call) {
    delegate.responseBodyStart(call);
  }

  @Override
  public void responseBodyEnd(Call call, long byteCount) {
    delegate.responseBodyEnd(call, byteCount);
  }

  @Override
  public void responseFailed(Call call, IOException ioe) {
    delegate.responseFailed(call, ioe);
  }

  @Override
  public void callEnd(Call call) {
    delegate.callEnd(call);
  }

  @Override
  public void callFailed(Call call, IOException ioe) {
    delegate.callFailed(call, ioe);
  }

  @Override
  public void satisfactionFailure(Call call, Response response) {
    delegate.satisfactionFailure(call, response);
  }

  @Override
  public void cacheHit(Call call, Response cachedResponse) {
    delegate.cacheHit(call, cachedResponse);
  }

  @Override
  public void cacheMiss(Call call) {
    delegate.cacheMiss(call);
  }

  @Override
  public void cacheConditionalHit(Call call, Response cachedResponseWithNoBody) {
    delegate.cacheConditionalHit(call, cachedResponseWithNoBody);
  }
}
