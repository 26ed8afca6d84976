/**
 * The JSON adapters behind the models, and the Moshi instance that reads and writes Store API JSON.
 */
@NullMarked
package io.medusajava.json;

import org.jspecify.annotations.NullMarked;
