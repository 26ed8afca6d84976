package io.medusajava.examples;

import io.medusajava.MedusaStore;
import io.medusajava.auth.AuthMode;
import io.medusajava.mock.MedusaMockServer;
import io.medusajava.mock.MockServerOptions;
import java.util.Optional;

/**
 * Where the examples send their requests. This is the one place that decides: {@code --base-url
 * URL} means a Medusa you already run; no {@code --base-url} means the mock server, started inside
 * this process.
 */
public interface Backend {
  /** A store client for this backend; the caller closes it. */
  MedusaStore connect(AuthMode authMode);

  /** A short description for messages, such as the URL. */
  String describe();

  /**
   * Picks the backend from the common options ({@code --base-url}, {@code --publishable-key}).
   * Without {@code --publishable-key}, the environment variable {@code MEDUSA_PUBLISHABLE_KEY} is
   * used if set.
   */
  static Backend select(ParsedArgs args) {
    Optional<String> key =
        args.get(Cli.PUBLISHABLE_KEY)
            .map(k -> ParsedArgs.requirePublishableKey(Cli.PUBLISHABLE_KEY, k))
            .or(
                () ->
                    Optional.ofNullable(System.getenv("MEDUSA_PUBLISHABLE_KEY"))
                        .filter(k -> !k.isBlank())
                        .map(k -> ParsedArgs.requirePublishableKey("$MEDUSA_PUBLISHABLE_KEY", k)));
    return args.getHttpUrl(Cli.BASE_URL)
        .<Backend>map(url -> new Remote(url, key.orElse(null)))
        .orElseGet(EmbeddedMock::new);
  }

  /** A Medusa reachable over HTTP at a URL. */
  record Remote(String baseUrl, String publishableKey) implements Backend {
    @Override
    public MedusaStore connect(AuthMode authMode) {
      MedusaStore.Builder builder =
          MedusaStore.builder()
              .baseUrl(baseUrl)
              .authMode(authMode)
              .userAgentSuffix("medusa-examples");
      if (publishableKey != null && !publishableKey.isBlank()) {
        builder.publishableApiKey(publishableKey);
      }
      return builder.build();
    }

    @Override
    public String describe() {
      return baseUrl;
    }
  }

  /**
   * The mock server, started inside this process on a free port the first time a client connects,
   * and stopped when the JVM exits. The very same SDK calls then run against it.
   */
  final class EmbeddedMock implements Backend {
    private MedusaMockServer server;

    @Override
    public synchronized MedusaStore connect(AuthMode authMode) {
      if (server == null) {
        server = new MedusaMockServer(MockServerOptions.defaults().port(0)).start();
        MedusaMockServer started = server;
        Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "medusa-mock-stop"));
      }
      return new Remote(server.baseUrl(), null).connect(authMode);
    }

    @Override
    public String describe() {
      return "embedded mock server";
    }
  }
}
