package io.medusajava.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Internal: names the Java fields of a generated model that the spec marks required and not
 * nullable, so the SDK can tell a wrong-shaped answer from a right one without type-use reflection
 * (which Android only has from API 26).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequiredFields {
  /** The Java field names, in the spec's order. */
  String[] value();
}
