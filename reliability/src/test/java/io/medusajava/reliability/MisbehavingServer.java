package io.medusajava.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A one-connection-at-a-time HTTP/1.1 server on loopback that answers every request with what its
 * {@link Answer} writes: endless bodies, a gzip stream that never ends, one byte a second. It notes
 * how many body bytes it got out before the client hung up, and when that happened.
 */
final class MisbehavingServer implements AutoCloseable {
  /**
   * Writes the status line, headers and body of one answer to {@code out}; runs until the client
   * hangs up.
   */
  interface Answer {
    void write(OutputStream out) throws IOException, InterruptedException;
  }

  private final ServerSocket socket;
  private final Thread thread;

  /** Counted by {@link #counting} streams: body bytes the server wrote in all. */
  final AtomicLong bytesWritten = new AtomicLong();

  /** Counted down each time a client hangs up on an answer that was still being written. */
  private final AtomicReference<CountDownLatch> hangUps =
      new AtomicReference<>(new CountDownLatch(1));

  MisbehavingServer(Answer answer) throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    thread = new Thread(() -> serve(answer), "misbehaving-server");
    thread.setDaemon(true);
    thread.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/";
  }

  /** Waits until a client hung up on an answer in progress; false after the timeout. */
  boolean awaitHangUp(long timeout, TimeUnit unit) throws InterruptedException {
    return hangUps.get().await(timeout, unit);
  }

  private void serve(Answer answer) {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        readRequestHead(client.getInputStream());
        OutputStream out = client.getOutputStream();
        try {
          answer.write(out);
          out.flush();
        } catch (IOException hungUp) {
          hangUps.get().countDown();
        }
      } catch (IOException | InterruptedException closed) {
        return;
      }
    }
  }

  /**
   * Reads up to the blank line that ends the request head; the requests the tests send have no
   * body.
   */
  private static void readRequestHead(InputStream in) throws IOException {
    int matched = 0;
    byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    while (matched < end.length) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("client left");
      }
      matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
    }
  }

  /** Writes an answer's head: status line, headers, and the blank line. */
  static void head(OutputStream out, String statusLine, String... headers) throws IOException {
    StringBuilder head = new StringBuilder(statusLine).append("\r\n");
    for (String header : headers) {
      head.append(header).append("\r\n");
    }
    head.append("Connection: close\r\n\r\n");
    out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
  }

  /** Wraps {@code out} so that the body bytes written through it are counted. */
  OutputStream counting(OutputStream out) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        out.write(b);
        bytesWritten.incrementAndGet();
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        bytesWritten.addAndGet(len);
      }

      @Override
      public void flush() throws IOException {
        out.flush();
      }
    };
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
