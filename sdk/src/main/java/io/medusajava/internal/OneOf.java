package io.medusajava.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Internal: marks a generated model that holds one of several types ({@code oneOf} in the spec) and
 * tells the JSON adapter how to pick the type of an incoming value.
 *
 * <p>With a {@link #discriminator}, the value's own property of that name selects the variant from
 * {@link #names}/{@link #namedVariants}. Otherwise the JSON kind decides: a string picks the {@code
 * String} variant, an object the first object variant.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OneOf {
  /** The variant types, in the order the spec lists them. */
  Class<?>[] variants();

  /** Property of the value that names its type; empty when there is none. */
  String discriminator() default "";

  /** Discriminator values, parallel to {@link #namedVariants}. */
  String[] names() default {};

  /** Variant for each of {@link #names}. */
  Class<?>[] namedVariants() default {};
}
