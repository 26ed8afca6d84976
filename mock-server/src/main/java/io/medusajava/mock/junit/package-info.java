/** JUnit 5 support: annotate a test class with {@link io.medusajava.mock.junit.MedusaMockTest}. */
package io.medusajava.mock.junit;
