package io.medusajava.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.internal.platform.Platform;
import org.jspecify.annotations.Nullable;

/**
 * The TLS socket factory {@code new OkHttpClient()} would make, made at the first https connection
 * instead of when the client is built: OkHttp builds its {@code SSLContext} up front even for a
 * client that only ever speaks http://, and that was about a tenth of the time from a fresh JVM to
 * the first call.
 *
 * <p>It is made by the same call OkHttp makes ({@code Platform.newSslSocketFactory}), with the same
 * platform trust manager, so every socket is the one OkHttp would have made. Should the platform
 * have no TLS at all, the {@code AssertionError} OkHttp throws comes at the first https connection,
 * where {@link FailureGuardInterceptor} makes it that call's failure, rather than out of {@code
 * build()}.
 */
final class DeferredSslSocketFactory extends SSLSocketFactory {
  private final X509TrustManager trustManager;
  private volatile @Nullable SSLSocketFactory platform;

  DeferredSslSocketFactory(X509TrustManager trustManager) {
    this.trustManager = trustManager;
  }

  private SSLSocketFactory platform() {
    SSLSocketFactory made = platform;
    if (made == null) {
      synchronized (this) {
        made = platform;
        if (made == null) {
          platform = made = Platform.Companion.get().newSslSocketFactory(trustManager);
        }
      }
    }
    return made;
  }

  // OkHttp only calls createSocket(Socket, String, int, boolean); the others delegate too, all but
  // createSocket(Socket, InputStream, boolean), which Android before API 24 lacks.

  @Override
  public Socket createSocket(Socket socket, String host, int port, boolean autoClose)
      throws IOException {
    return platform().createSocket(socket, host, port, autoClose);
  }

  @Override
  public String[] getDefaultCipherSuites() {
    return platform().getDefaultCipherSuites();
  }

  @Override
  public String[] getSupportedCipherSuites() {
    return platform().getSupportedCipherSuites();
  }

  @Override
  public Socket createSocket() throws IOException {
    return platform().createSocket();
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return platform().createSocket(host, port);
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    return platform().createSocket(host, port, localHost, localPort);
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return platform().createSocket(host, port);
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return platform().createSocket(address, port, localAddress, localPort);
  }
}
