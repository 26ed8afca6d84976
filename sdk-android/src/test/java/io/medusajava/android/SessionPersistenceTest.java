package io.medusajava.android;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import android.content.Context;
import android.content.SharedPreferences;
import io.medusajava.MedusaStore;
import io.medusajava.auth.AuthMode;
import io.medusajava.errors.AuthenticationException;
import io.medusajava.model.CustomerCreateParams;
import java.util.UUID;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;

/**
 * A "restart" here is what a killed and relaunched app does: new store objects and a new client
 * over the same preferences file, with nothing carried over in memory.
 */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 33)
public class SessionPersistenceTest {
  private final Context context = RuntimeEnvironment.getApplication();

  private static MedusaStore cookieClient(Context context, String file) {
    return MedusaStore.builder()
        .baseUrl(MockServerRule.baseUrl())
        .cookieStore(new SharedPreferencesCookieStore(context, file))
        .build();
  }

  private static MedusaStore jwtClient(Context context, String file) {
    return MedusaStore.builder()
        .baseUrl(MockServerRule.baseUrl())
        .authMode(AuthMode.JWT)
        .tokenStore(new SharedPreferencesTokenStore(context, file))
        .build();
  }

  private static String register(MedusaStore client) {
    String email = "droid." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    client
        .customers()
        .create(
            CustomerCreateParams.builder()
                .firstName("Ada")
                .lastName("Droid")
                .email(email)
                .password("supersecret")
                .build())
        .execute();
    return email;
  }

  @Test
  public void cookieSessionSurvivesRestartAndLogoutSticks() {
    MedusaStore before = cookieClient(context, "shop_cookies");
    String email = register(before);
    assertEquals(email, before.customers().retrieve().execute().getEmail());
    before.close();

    SharedPreferences file = context.getSharedPreferences("shop_cookies", Context.MODE_PRIVATE);
    assertTrue(
        "the session cookie is on disk", file.getString("cookies", "").contains("connect.sid"));

    MedusaStore after = cookieClient(context, "shop_cookies");
    assertEquals(email, after.customers().retrieve().execute().getEmail());
    after.auth().logout().execute();
    assertNull("logout is written synchronously", file.getString("cookies", null));

    MedusaStore relaunched = cookieClient(context, "shop_cookies");
    assertThrows(AuthenticationException.class, () -> relaunched.customers().retrieve().execute());
  }

  @Test
  public void tokenSurvivesRestartAndLogoutSticks() {
    MedusaStore registrar = cookieClient(context, "registrar");
    String email = register(registrar);

    MedusaStore before = jwtClient(context, "shop_token");
    assertFalse(before.auth().loginWithToken(email, "supersecret").execute().isEmpty());
    before.close();

    MedusaStore after = jwtClient(context, "shop_token");
    assertNotNull(new SharedPreferencesTokenStore(context, "shop_token").get());
    assertEquals(email, after.customers().retrieve().execute().getEmail());
    after.auth().logout().execute();

    assertNull(new SharedPreferencesTokenStore(context, "shop_token").get());
    MedusaStore relaunched = jwtClient(context, "shop_token");
    assertThrows(AuthenticationException.class, () -> relaunched.customers().retrieve().execute());
  }

  @Test
  public void twoClientsKeepSeparateSessions() {
    MedusaStore alice = cookieClient(context, "alice");
    MedusaStore bob = cookieClient(context, "bob");
    String aliceEmail = register(alice);
    assertThrows(AuthenticationException.class, () -> bob.customers().retrieve().execute());
    String bobEmail = register(bob);

    assertEquals(
        aliceEmail, cookieClient(context, "alice").customers().retrieve().execute().getEmail());
    assertEquals(
        bobEmail, cookieClient(context, "bob").customers().retrieve().execute().getEmail());

    cookieClient(context, "alice").auth().logout().execute();
    assertEquals(
        "alice's logout leaves bob logged in",
        bobEmail,
        cookieClient(context, "bob").customers().retrieve().execute().getEmail());
  }

  @Test
  public void corruptCookieValueLoadsAsLoggedOut() {
    context
        .getSharedPreferences("broken", Context.MODE_PRIVATE)
        .edit()
        .putString("cookies", "{not json")
        .commit();
    assertTrue(new SharedPreferencesCookieStore(context, "broken").load().isEmpty());
  }
}
