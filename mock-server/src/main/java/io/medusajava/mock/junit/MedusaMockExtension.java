package io.medusajava.mock.junit;

import io.medusajava.mock.MedusaMockServer;
import io.medusajava.mock.MockServerOptions;
import io.medusajava.mock.domain.events.EventOutbox;
import io.medusajava.mock.domain.seed.Seed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs one {@link MedusaMockServer} per test class on a free port, puts the store back to its seed
 * (which empties its event outbox) and clears planned faults before every test, and injects the
 * server, or its {@link EventOutbox}, into test and lifecycle method parameters. Use it through
 * {@link MedusaMockTest}.
 */
public final class MedusaMockExtension implements BeforeEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(MedusaMockExtension.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    MedusaMockServer server = server(context);
    server.reset();
    server.faults().clear();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == MedusaMockServer.class || type == EventOutbox.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    MedusaMockServer server = server(context);
    return parameter.getParameter().getType() == EventOutbox.class ? server.events() : server;
  }

  /**
   * The class-level store owns the server, so every test of a class shares one and it stops with
   * the class.
   */
  private static MedusaMockServer server(ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    Class<?> testClass = classContext.getRequiredTestClass();
    return classContext
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            "server", k -> new RunningServer(options(testClass)), RunningServer.class)
        .server;
  }

  /**
   * The options {@link MedusaMockTest#seed()} asks for: a class-path resource first, then a file.
   */
  static MockServerOptions options(Class<?> testClass) {
    MockServerOptions options = MockServerOptions.defaults().port(0);
    String seed =
        AnnotationSupport.findAnnotation(testClass, MedusaMockTest.class)
            .map(MedusaMockTest::seed)
            .orElse("");
    if (seed.isEmpty()) {
      return options;
    }
    try (InputStream resource = testClass.getResourceAsStream(seed)) {
      if (resource != null) {
        return options.seed(Seed.load(resource));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read seed " + seed + " from the class path", e);
    }
    return options.seedFile(Path.of(seed));
  }

  /** Closed by JUnit when the class's store goes away. */
  @SuppressWarnings("deprecation")
  private static final class RunningServer
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    final MedusaMockServer server;
    private boolean closed;

    RunningServer(MockServerOptions options) {
      this.server = new MedusaMockServer(options).start();
    }

    @Override
    public synchronized void close() {
      if (!closed) {
        closed = true;
        server.stop();
      }
    }
  }
}
