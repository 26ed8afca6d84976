/**
 * Typed, immutable query objects for the Store API's list and lookup operations.
 *
 * <p>Each query is made by a builder that checks its values on {@code build()}, and each getter returns
 * exactly the type the matching generated Retrofit method takes, so a call passes the getters through
 * in parameter order. Unset parameters are {@code null} and are left out of the query string.
 */
package io.medusajava.query;
