package io.medusajava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every builder setting that can be wrong is refused with a message that says which and why. */
class MedusaStoreBuilderTest {
  private static final String URL = "http://localhost:9000";

  @Test
  void buildWithoutBaseUrlIsRefused() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> MedusaStore.builder().build());
    assertEquals("baseUrl is required", e.getMessage());
  }

  @Test
  void nullBaseUrlStringIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> MedusaStore.builder().baseUrl((String) null));
    assertEquals("baseUrl must not be null", e.getMessage());
  }

  @Test
  void nullBaseHttpUrlIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MedusaStore.builder().baseUrl((okhttp3.HttpUrl) null));
    assertEquals("baseUrl must not be null", e.getMessage());
  }

  @Test
  void emptyBaseUrlIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MedusaStore.builder().baseUrl(""));
    assertEquals("baseUrl must not be blank", e.getMessage());
  }

  @Test
  void whitespaceBaseUrlIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MedusaStore.builder().baseUrl(" \t "));
    assertEquals("baseUrl must not be blank", e.getMessage());
  }

  @Test
  void ftpBaseUrlIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MedusaStore.builder().baseUrl("ftp://shop.example.com"));
    assertEquals("baseUrl is not an http or https URL: ftp://shop.example.com", e.getMessage());
  }

  @Test
  void baseUrlWithoutSchemeIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MedusaStore.builder().baseUrl("shop.example.com"));
    assertEquals("baseUrl is not an http or https URL: shop.example.com", e.getMessage());
  }

  @Test
  void baseUrlGainsATrailingSlash() {
    MedusaStore store = MedusaStore.builder().baseUrl("https://shop.example.com/api").build();
    assertEquals("https://shop.example.com/api/", store.baseUrl().toString());
  }

  @Test
  void baseUrlIsTrimmed() {
    MedusaStore store = MedusaStore.builder().baseUrl("  http://localhost:9000  ").build();
    assertEquals("http://localhost:9000/", store.baseUrl().toString());
  }

  @Test
  void negativeMaxRetriesIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MedusaStore.builder().baseUrl(URL).maxRetries(-1));
    assertEquals("maxRetries must be 0 or more, was -1", e.getMessage());
  }

  @Test
  void zeroMaxRetriesIsAccepted() {
    MedusaStore.builder().baseUrl(URL).maxRetries(0).build().close();
  }

  @Test
  void zeroReadTimeoutIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> MedusaStore.builder().readTimeout(Duration.ZERO));
    assertEquals("readTimeout must be positive, was PT0S", e.getMessage());
  }

  @Test
  void negativeReadTimeoutIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MedusaStore.builder().readTimeout(Duration.ofSeconds(-3)));
    assertEquals("readTimeout must be positive, was PT-3S", e.getMessage());
  }

  @Test
  void zeroConnectTimeoutIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MedusaStore.builder().connectTimeout(Duration.ZERO));
    assertEquals("connectTimeout must be positive, was PT0S", e.getMessage());
  }

  @Test
  void negativeConnectTimeoutIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MedusaStore.builder().connectTimeout(Duration.ofMillis(-1)));
    assertEquals("connectTimeout must be positive, was PT-0.001S", e.getMessage());
  }

  @Test
  void zeroCallTimeoutIsAcceptedAndMeansNoLimit() {
    MedusaStore.builder()
        .baseUrl("http://localhost:9000")
        .callTimeout(Duration.ZERO)
        .build()
        .close();
  }

  @Test
  void negativeCallTimeoutIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MedusaStore.builder().callTimeout(Duration.ofMinutes(-1)));
    assertEquals("callTimeout must be positive, was PT-1M", e.getMessage());
  }

  @Test
  void nullTimeoutIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MedusaStore.builder().readTimeout(null));
    assertEquals("readTimeout must not be null", e.getMessage());
  }

  @Test
  void blankPublishableKeyIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> MedusaStore.builder().publishableApiKey("   "));
    assertEquals("publishableApiKey must not be blank", e.getMessage());
  }

  @Test
  void nullPublishableKeyIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> MedusaStore.builder().publishableApiKey(null));
    assertEquals("publishableApiKey must not be null", e.getMessage());
  }

  @Test
  void blankUserAgentSuffixIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> MedusaStore.builder().userAgentSuffix(""));
    assertEquals("product must not be blank", e.getMessage());
  }

  @Test
  void blankDefaultHeaderNameIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> MedusaStore.builder().defaultHeader(" ", "v"));
    assertEquals("name must not be blank", e.getMessage());
  }

  @Test
  void nullDefaultHeaderValueIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MedusaStore.builder().defaultHeader("X-Tenant", null));
    assertEquals("value must not be null", e.getMessage());
  }

  @Test
  void nullInterceptorIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> MedusaStore.builder().addInterceptor(null));
    assertEquals("interceptor must not be null", e.getMessage());
  }

  @Test
  void nullOkHttpClientIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> MedusaStore.builder().okHttpClient(null));
    assertEquals("okHttpClient must not be null", e.getMessage());
  }
}
