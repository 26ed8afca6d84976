/** Reading the starting catalog (bundled or user-supplied) from JSON. */
package io.medusajava.mock.domain.seed;
