package io.medusajava.mock.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.StoreState;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The request pipeline in front of the handlers, in the order Express runs Medusa's middleware:
 * faults (a test concern, first), CORS preflight, body parsing, session cookie, routing,
 * idempotency, the handler, error formatting. It knows nothing of WireMock: {@code
 * MedusaTransformer} adapts it.
 */
public final class EdgeDispatcher {
  private static final Logger LOG = Logger.getLogger(EdgeDispatcher.class.getName());

  /** Paths below this prefix belong to the mock's own control endpoints, never to the Store API. */
  public static final String CONTROL_PREFIX = "/__medusa/";

  private final StoreState state;
  private final Routes routes;
  private final FaultPlan faults;
  private final SessionStore sessions = new SessionStore();
  private final JwtIssuer jwt = new JwtIssuer();
  private final IdempotencyStore idempotency = new IdempotencyStore();
  private final RenderedPages pages = new RenderedPages();
  private final Etags etags = new Etags();

  /**
   * The spec requests are checked against never changes, and parsing it takes a good part of a
   * second, so every server in the JVM shares one parse, begun by {@link #loadSpec()} as early as
   * possible.
   */
  private static CompletableFuture<RequestValidator> spec;

  private final CompletableFuture<RequestValidator> validator = loadSpec();
  private final Function<EdgeRequest, Reply> control;
  private final Cors cors;
  private final boolean verbose;

  /**
   * @param control answers requests below {@link #CONTROL_PREFIX}
   * @param corsOrigins the store's CORS allow-list, as {@code MockServerOptions.corsOrigins}
   *     describes it
   */
  public EdgeDispatcher(
      StoreState state,
      Routes routes,
      FaultPlan faults,
      Function<EdgeRequest, Reply> control,
      List<String> corsOrigins,
      boolean verbose) {
    this.state = state;
    this.routes = routes;
    this.faults = faults;
    this.control = control;
    this.cors = new Cors(corsOrigins);
    this.verbose = verbose;
  }

  /**
   * Starts parsing the request spec on a thread of its own, once per JVM; a server's constructor
   * calls this first and joins it last.
   */
  public static synchronized CompletableFuture<?> loadSpecEarly() {
    return loadSpec();
  }

  private static synchronized CompletableFuture<RequestValidator> loadSpec() {
    if (spec == null) {
      spec =
          CompletableFuture.supplyAsync(
              RequestValidator::new,
              work -> {
                Thread t = new Thread(work, "medusa-mock-spec");
                t.setDaemon(true);
                t.start();
              });
    }
    return spec;
  }

  /** Forgets sessions and idempotency keys; part of a full reset to the seed. */
  public void resetSessions() {
    sessions.clear();
    idempotency.clear();
    pages.clear();
  }

  public EdgeOutcome dispatch(EdgeRequest request) {
    if (request.path().startsWith(CONTROL_PREFIX)) {
      return new EdgeOutcome(finish(control.apply(request), request, null), 0, null);
    }
    FaultPlan.Rule fault = faults.take(request.method(), request.path());
    if (fault != null) {
      switch (fault.kind) {
        case CONNECTION_RESET_BY_PEER, EMPTY_RESPONSE, RANDOM_DATA_THEN_CLOSE:
          return new EdgeOutcome(null, 0, fault.kind);
        case HTTP_ERROR:
          return new EdgeOutcome(finish(faultReply(fault), request, null), 0, null);
        default:
          break;
      }
    }
    Reply reply;
    try {
      reply = serve(request);
    } catch (RuntimeException | StackOverflowError e) {
      // Whatever fails outside a handler is still Medusa's JSON 500, never a servlet page.
      LOG.log(Level.WARNING, "request failed: " + request.method() + " " + request.path(), e);
      reply = finish(ErrorReplies.unknown(), request, null);
    }
    reply = etags.apply(reply, request);
    if (verbose) {
      LOG.info(request.method() + " " + request.path() + " -> " + reply.status());
    }
    if (fault != null && fault.kind == FaultKind.DROP_AFTER_PROCESSING) {
      return new EdgeOutcome(reply, 0, FaultKind.DROP_AFTER_PROCESSING);
    }
    return new EdgeOutcome(
        reply, fault != null && fault.kind == FaultKind.LATENCY ? fault.delayMillis : 0, null);
  }

  private Reply serve(EdgeRequest request) {
    // Express runs the session middleware first, so even a preflight gets a session cookie.
    String sid = sessions.resolve(request.header("Cookie")).orElse(null);
    String newSid = null;
    if (sid == null) {
      sid = newSid = sessions.create();
    }
    boolean store = Cors.applies(request.path());
    if ("OPTIONS".equals(request.method())) {
      return finish(
          store
              ? cors.preflight(
                  request.header("Origin"), request.header("Access-Control-Request-Headers"))
              : ExpressPages.options(request.path()),
          request,
          newSid);
    }
    if (("GET".equals(request.method()) || "HEAD".equals(request.method()))
        && "/health".equals(request.path())) {
      return finish(Reply.html(200, "OK"), request, newSid);
    }
    JsonNode body;
    try {
      body = JsonBodies.parse(request.body(), request.header("Content-Type"));
    } catch (JsonBodies.Malformed e) {
      return finish(ExpressPages.malformedJson(String.valueOf(e.getMessage())), request, newSid);
    } catch (JsonBodies.UnsupportedCharset e) {
      return finish(ExpressPages.unsupportedCharset(e.getMessage()), request, newSid);
    } catch (MedusaError e) {
      return finish(ErrorReplies.of(e), request, newSid);
    }
    // Express routes a HEAD to the GET handler when no HEAD route exists; the body is then left
    // unsent.
    String routed = "HEAD".equals(request.method()) ? "GET" : request.method();
    Routes.Match match = routes.match(routed, request.path());
    if (match == null) {
      return finish(ExpressPages.cannot(request.method(), request.path()), request, newSid);
    }
    QueryParams query = QsQueryParser.parse(request.rawQuery());
    try {
      validator.join().check(routed, match.route.template, query, body);
    } catch (MedusaError e) {
      return finish(ErrorReplies.of(e), request, newSid);
    }
    EdgeCall call =
        new EdgeCall(state, request, match.params, query, body, sessions, jwt, sid, pages);
    Reply reply;
    if (IdempotencyStore.applies(request.method(), request.path())) {
      reply = idempotent(request, () -> run(match.route.handler, call));
    } else {
      reply = run(match.route.handler, call);
    }
    // A logout destroys the session; the real server then sets no cookie at all (transcript 74).
    return finish(reply, request, newSid);
  }

  private Reply idempotent(EdgeRequest request, java.util.function.Supplier<Reply> work) {
    String key = request.header("Idempotency-Key");
    Reply stored = idempotency.replay(key);
    Reply reply;
    if (stored != null) {
      reply = stored.copy();
    } else {
      key = idempotency.issue();
      // Send the bytes that were stored rather than rendering the answer a second time.
      reply = idempotency.remember(key, work.get()).copy();
    }
    reply.headers().put("Access-Control-Expose-Headers", "Idempotency-Key");
    reply.headers().put("Idempotency-Key", key);
    return reply;
  }

  private static Reply run(Handler handler, Call call) {
    try {
      Reply r = handler.handle(call);
      return r == null ? ErrorReplies.unknown() : r;
    } catch (UnauthorizedException e) {
      return ErrorReplies.unauthorized();
    } catch (MedusaError e) {
      return ErrorReplies.of(e);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "handler failed for " + call.method() + " " + call.path(), e);
      return ErrorReplies.unknown();
    }
  }

  private static Reply faultReply(FaultPlan.Rule fault) {
    Reply r =
        ErrorReplies.of(
            new MedusaError(
                fault.status,
                "unknown_error",
                "Injected fault: HTTP " + fault.status,
                "unknown_error"));
    if (fault.retryAfter != null) {
      r.header("Retry-After", fault.retryAfter);
    }
    return r;
  }

  /**
   * Headers every Express answer carries (CORS only under {@code /store}), plus the session cookie
   * when this request started one.
   */
  private Reply finish(Reply reply, EdgeRequest request, String newSid) {
    Map<String, String> extra = new java.util.LinkedHashMap<>(reply.headers());
    reply.headers().clear();
    reply.headers().put("X-Powered-By", "Express");
    if (Cors.applies(request.path())) {
      cors.decorate(reply.headers(), request.header("Origin"));
    }
    reply.headers().putAll(extra);
    return newSid == null ? reply : reply.header("Set-Cookie", sessions.setCookie(newSid));
  }
}
