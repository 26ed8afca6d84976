/**
 * Capturing a live store's public catalog through the Store API (with the SDK) as a seed the mock
 * can serve: {@link io.medusajava.mock.capture.StoreCapture}.
 */
package io.medusajava.mock.capture;
