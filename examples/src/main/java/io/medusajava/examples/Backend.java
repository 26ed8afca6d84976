package io.medusajava.examples;

import io.medusajava.MedusaStore;
import io.medusajava.auth.AuthMode;
import java.util.Optional;

/**
 * Where the examples send their requests. This is the one place that decides: {@code --base-url URL} means a
 * Medusa you already run; no {@code --base-url} will mean an embedded mock server started in this process.
 */
public interface Backend {
  /** A store client for this backend; the caller closes it. */
  MedusaStore connect(AuthMode authMode);

  /** A short description for messages, such as the URL. */
  String describe();

  /**
   * Picks the backend from the common options ({@code --base-url}, {@code --publishable-key}). Without
   * {@code --publishable-key}, the environment variable {@code MEDUSA_PUBLISHABLE_KEY} is used if set.
   */
  static Backend select(ParsedArgs args) {
    Optional<String> key = args.get(Cli.PUBLISHABLE_KEY).or(() -> Optional.ofNullable(System.getenv("MEDUSA_PUBLISHABLE_KEY")));
    return args.get(Cli.BASE_URL)
        .<Backend>map(url -> new Remote(url, key.orElse(null)))
        .orElseGet(EmbeddedMock::new);
  }

  /** A Medusa reachable over HTTP at a URL. */
  record Remote(String baseUrl, String publishableKey) implements Backend {
    @Override
    public MedusaStore connect(AuthMode authMode) {
      MedusaStore.Builder builder = MedusaStore.builder()
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

  /** The mock server, started inside this process. Not written yet. */
  final class EmbeddedMock implements Backend {
    @Override
    public MedusaStore connect(AuthMode authMode) {
      throw new ExampleFailure(
          "the embedded mock server is not available yet; pass --base-url URL of a running Medusa");
    }

    @Override
    public String describe() {
      return "embedded mock server";
    }
  }
}
