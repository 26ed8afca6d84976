/**
 * The entities of the mock store: mutable data holders with public fields, snake_case in the seed
 * JSON. They carry no behaviour beyond tiny helpers; rules live in the state and totals classes.
 */
package io.medusajava.mock.domain.model;
