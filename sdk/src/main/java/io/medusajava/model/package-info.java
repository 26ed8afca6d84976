/**
 * The Store API's data, generated from the spec: what the server answers ({@code Cart}, {@code
 * Order}, ...), and the parameters of each operation ({@code CartCreateParams}, {@code
 * ProductListParams}, ...), each made by a builder that checks it.
 *
 * <p>A getter without {@code @Nullable} never returns null.
 */
@NullMarked
package io.medusajava.model;

import org.jspecify.annotations.NullMarked;
