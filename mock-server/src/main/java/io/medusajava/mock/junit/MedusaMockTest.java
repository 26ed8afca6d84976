package io.medusajava.mock.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that talks to a Medusa mock: each test gets a freshly seeded store with no
 * faults and no events, and may declare a {@link io.medusajava.mock.MedusaMockServer} parameter to
 * reach it, or an {@link io.medusajava.mock.domain.events.EventOutbox} parameter to read what the
 * store announced. {@link #seed()} names the catalog to serve, such as one captured from your own
 * store.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(MedusaMockExtension.class)
public @interface MedusaMockTest {
  /**
   * The seed the store starts from, such as a saved capture: a class-path resource ({@code
   * "/my-store.json"}) or, when there is none of that name, a file path. Empty (the default) means
   * the bundled demo seed.
   */
  String seed() default "";
}
