package io.medusajava.android;

import android.app.Activity;
import android.os.Bundle;
import io.medusajava.MedusaCallback;
import io.medusajava.MedusaStore;
import io.medusajava.Page;
import io.medusajava.errors.MedusaException;
import io.medusajava.model.Region;

/** The README's Android example, kept here so that the build compiles it. */
public class ReadmeActivity extends Activity {
  private MedusaStore store;

  @Override
  protected void onCreate(Bundle savedInstanceState) {
    super.onCreate(savedInstanceState);
    store = MedusaStore.builder()
        .baseUrl("https://shop.example.com")
        .publishableApiKey("pk_01M8K2MJ7BWP96S8EDZZRKXBP1")
        .cookieStore(new SharedPreferencesCookieStore(this, "medusa_session"))   // survives process death
        .build();

    AndroidCalls.enqueueOnMain(store.regions().list(), new MedusaCallback<Page<Region>>() {
      @Override
      public void onSuccess(Page<Region> regions) {            // on the main thread: touch views freely
        Region region = regions.items().get(0);
        setTitle(region.getName() + " (" + region.getCurrencyCode() + ")");
      }

      @Override
      public void onFailure(MedusaException error) {           // typed, as with execute()
        setTitle("Offline: " + error.getMessage());
      }
    });
  }

  @Override
  protected void onDestroy() {
    store.close();
    super.onDestroy();
  }
}
