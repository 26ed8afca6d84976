package io.medusajava.mock.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that talks to a Medusa mock: each test gets a freshly seeded store with no faults and no
 * events, and may declare a {@link io.medusajava.mock.MedusaMockServer} parameter to reach it, or an
 * {@link io.medusajava.mock.domain.events.EventOutbox} parameter to read what the store announced.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(MedusaMockExtension.class)
public @interface MedusaMockTest {
}
