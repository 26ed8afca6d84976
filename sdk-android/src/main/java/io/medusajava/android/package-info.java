/**
 * Android additions to the SDK: a customer session that survives process death ({@link
 * io.medusajava.android.SharedPreferencesTokenStore}, {@link
 * io.medusajava.android.SharedPreferencesCookieStore}) and results delivered on the main thread
 * ({@link io.medusajava.android.AndroidCalls}).
 */
package io.medusajava.android;
