package io.medusajava.mock.domain.model;

/** A product tag. */
public class Tag extends ValueRow {}
