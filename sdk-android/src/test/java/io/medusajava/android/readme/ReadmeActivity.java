// The README's Android example, word for word from its first import line on (ReadmeActivityTest checks it), kept
// here so that the build compiles it. Its own package, so that it imports what an app's code would.
package io.medusajava.android.readme;

import android.app.Activity;
import android.os.Bundle;
import io.medusajava.MedusaCallback;
import io.medusajava.MedusaStore;
import io.medusajava.Page;
import io.medusajava.android.AndroidCalls;
import io.medusajava.android.SharedPreferencesCookieStore;
import io.medusajava.errors.MedusaException;
import io.medusajava.model.Region;

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
