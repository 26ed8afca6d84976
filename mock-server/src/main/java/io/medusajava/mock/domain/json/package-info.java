/**
 * Medusa-shaped JSON (Jackson trees) for each entity and endpoint body, with the field names, order
 * and nesting recorded from the real server. Views read reference data from the catalog only;
 * totals, customers and other aggregates are looked up by the caller and handed in.
 */
package io.medusajava.mock.domain.json;
