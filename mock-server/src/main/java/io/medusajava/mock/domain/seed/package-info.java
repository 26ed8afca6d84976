/** Reading and writing the starting catalog (bundled, user-supplied or captured) as JSON. */
package io.medusajava.mock.domain.seed;
