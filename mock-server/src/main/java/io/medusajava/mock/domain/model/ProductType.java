package io.medusajava.mock.domain.model;

/** A product type. */
public class ProductType extends ValueRow {}
