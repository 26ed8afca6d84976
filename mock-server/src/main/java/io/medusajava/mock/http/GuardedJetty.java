package io.medusajava.mock.http;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's own Jetty server with a guard in front of its servlets. WireMock reads every request
 * into its log before any extension sees it, and fails on input the real server takes in its stride
 * (a query with {@code %zz}); Jetty's default error page prints a Java stack trace. The guard hands
 * WireMock a query it can read that decodes to what qs would read, turns anything that still
 * escapes into Medusa's JSON 500, and Jetty's own error pages never show a stack.
 */
public final class GuardedJetty implements HttpServerFactory {
  private static final Logger LOG = Logger.getLogger(GuardedJetty.class.getName());

  /** The body Medusa's error handler writes for an error it did not expect. */
  private static final byte[] UNKNOWN_ERROR =
      "{\"code\":\"unknown_error\",\"type\":\"unknown_error\",\"message\":\"An unknown error occurred.\"}"
          .getBytes(StandardCharsets.UTF_8);

  @Override
  public String getName() {
    return "medusa-guarded-jetty";
  }

  @Override
  public HttpServer buildHttpServer(
      Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
    return new Jetty11HttpServer(options, admin, stubs) {
      @Override
      protected void applyAdditionalServerConfiguration(Server server, Options o) {
        super.applyAdditionalServerConfiguration(server, o);
        server.setErrorHandler(quietErrors());
      }

      @Override
      protected void decorateMockServiceContextBeforeConfig(ServletContextHandler context) {
        guard(context, false);
      }

      @Override
      protected void decorateAdminServiceContextBeforeConfig(ServletContextHandler context) {
        guard(context, true);
      }
    };
  }

  private static void guard(ServletContextHandler context, boolean admin) {
    context.addFilter(new FilterHolder(new Guard(admin)), "/*", EnumSet.of(DispatcherType.REQUEST));
    context.setErrorHandler(quietErrors());
  }

  private static ErrorHandler quietErrors() {
    ErrorHandler errors = new ErrorHandler();
    errors.setShowStacks(false);
    errors.setShowServlet(false);
    errors.setShowMessageInTitle(false);
    return errors;
  }

  private static final String CATCH_ALL_STUB_ID = MedusaTransformer.CATCH_ALL_STUB_ID.toString();

  /**
   * A response that drops WireMock's {@code Matched-Stub-Id} header when it names the mock's
   * catch-all stub.
   */
  static HttpServletResponse withoutCatchAllStubId(HttpServletResponse response) {
    return new HttpServletResponseWrapper(response) {
      @Override
      public void setHeader(String name, String value) {
        if (!isCatchAllStubId(name, value)) {
          super.setHeader(name, value);
        }
      }

      @Override
      public void addHeader(String name, String value) {
        if (!isCatchAllStubId(name, value)) {
          super.addHeader(name, value);
        }
      }
    };
  }

  private static boolean isCatchAllStubId(String name, String value) {
    return "Matched-Stub-Id".equalsIgnoreCase(name) && CATCH_ALL_STUB_ID.equals(value);
  }

  /** The servlet filter itself. */
  static final class Guard implements Filter {
    /**
     * WireMock's admin API is no Medusa route: its failures are told in its own words, as plain
     * text.
     */
    private final boolean admin;

    Guard(boolean admin) {
      this.admin = admin;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      HttpServletRequest http = (HttpServletRequest) request;
      if (!admin) {
        response = withoutCatchAllStubId((HttpServletResponse) response);
      }
      String query = http.getQueryString();
      String readable = QsQueryParser.escapeUndecodable(query);
      ServletRequest passed =
          readable == query
              ? request
              : new HttpServletRequestWrapper(http) {
                @Override
                public String getQueryString() {
                  return readable;
                }
              };
      try {
        chain.doFilter(passed, response);
      } catch (IOException | ServletException | RuntimeException e) {
        HttpServletResponse out = (HttpServletResponse) response;
        if (out.isCommitted()) {
          throw e;
        }
        out.reset();
        out.setStatus(500);
        byte[] body;
        if (admin) {
          body = String.valueOf(e.getMessage()).getBytes(StandardCharsets.UTF_8);
          out.setContentType("text/plain; charset=utf-8");
        } else {
          LOG.log(
              Level.WARNING,
              "request failed inside WireMock: " + http.getMethod() + " " + http.getRequestURI(),
              e);
          body = UNKNOWN_ERROR;
          out.setHeader("X-Powered-By", "Express");
          out.setContentType("application/json; charset=utf-8");
        }
        out.setContentLength(body.length);
        out.getOutputStream().write(body);
      }
    }
  }
}
