/**
 * Values the Store API's query strings are built from that a plain type cannot say, such as a date
 * range.
 */
@NullMarked
package io.medusajava.query;

import org.jspecify.annotations.NullMarked;
