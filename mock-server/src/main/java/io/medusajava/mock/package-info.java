/**
 * The mock server's public face: {@link io.medusajava.mock.MedusaMockServer} to run a stateful
 * Medusa 1.20 Store API in a test or on the command line ({@link io.medusajava.mock.Main}),
 * configured by {@link io.medusajava.mock.MockServerOptions}.
 */
package io.medusajava.mock;
