/**
 * Store API route groups. Each class registers one area's handlers with {@code static void
 * register(Routes)}; {@link io.medusajava.mock.http.routes.StoreRoutes} lists them all.
 */
package io.medusajava.mock.http.routes;
