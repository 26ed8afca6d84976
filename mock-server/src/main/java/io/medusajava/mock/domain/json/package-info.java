/** Medusa-shaped JSON (Jackson trees) for each entity and endpoint body, with the field names, order and nesting recorded from the real server. */
package io.medusajava.mock.domain.json;
