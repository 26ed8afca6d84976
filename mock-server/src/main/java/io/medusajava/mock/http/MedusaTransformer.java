package io.medusajava.mock.http;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one WireMock piece of the mock: a response transformer on a catch-all stub that hands each
 * request to the {@link EdgeDispatcher} and turns its {@link EdgeOutcome} back into a WireMock
 * response (faults included). It is not applied globally, so stubs users add through WireMock's own
 * API stay untouched.
 */
public final class MedusaTransformer implements ResponseDefinitionTransformerV2 {
  /** The name the catch-all stub refers to. */
  public static final String NAME = "medusa-store";

  /**
   * The catch-all stub's id. WireMock names the stub it matched in a {@code Matched-Stub-Id}
   * header, which no Medusa answer has: {@code GuardedJetty} leaves it out when it names this stub
   * (and only then, so stubs users add keep it).
   */
  public static final java.util.UUID CATCH_ALL_STUB_ID =
      java.util.UUID.fromString("6d656475-7361-4d6f-836b-000000000001");

  private final Supplier<EdgeDispatcher> dispatcher;

  /**
   * @param dispatcher the pipeline, asked for on every request; it may still be loading while
   *     WireMock is built, but is there before the server starts
   */
  public MedusaTransformer(Supplier<EdgeDispatcher> dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    EdgeOutcome outcome = dispatcher.get().dispatch(toEdgeRequest(serveEvent.getRequest()));
    ResponseDefinitionBuilder b = ResponseDefinitionBuilder.responseDefinition();
    if (outcome.connectionFault() != null) {
      return b.withFault(toWireMock(outcome.connectionFault())).build();
    }
    Reply reply = outcome.reply();
    b.withStatus(reply.status());
    if (reply.contentType() != null) {
      b.withHeader("Content-Type", reply.contentType());
    }
    reply.headers().forEach(b::withHeader);
    byte[] body = reply.body();
    if (body.length > 0) {
      b.withBody(body);
    }
    if (outcome.delayMillis() > 0) {
      b.withFixedDelay((int) Math.min(Integer.MAX_VALUE, outcome.delayMillis()));
    }
    return b.build();
  }

  static EdgeRequest toEdgeRequest(Request r) {
    String url = r.getUrl();
    int q = url.indexOf('?');
    String path = q < 0 ? url : url.substring(0, q);
    String query = q < 0 ? null : url.substring(q + 1);
    Map<String, String> headers = new LinkedHashMap<>();
    for (HttpHeader h : r.getHeaders().all()) {
      headers.put(h.key(), String.join(", ", h.values()));
    }
    // Decoded here rather than by WireMock, which throws on a charset it does not know.
    byte[] body = r.getBody();
    String text =
        body == null || body.length == 0
            ? ""
            : new String(body, JsonBodies.bodyCharset(r.getHeader("Content-Type")));
    return new EdgeRequest(
        r.getMethod().getName().toUpperCase(), path, query, headers, text, r.getClientIp());
  }

  /** DROP_AFTER_PROCESSING ran the handler already; what the client sees is a reset connection. */
  private static Fault toWireMock(FaultKind kind) {
    return switch (kind) {
      case EMPTY_RESPONSE -> Fault.EMPTY_RESPONSE;
      case RANDOM_DATA_THEN_CLOSE -> Fault.RANDOM_DATA_THEN_CLOSE;
      default -> Fault.CONNECTION_RESET_BY_PEER;
    };
  }
}
