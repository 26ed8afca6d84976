package io.medusajava.mock.domain;

import io.medusajava.mock.domain.seed.Seed;

/**
 * Gives every seeded row the created_at/updated_at a database would have: the seed file may leave
 * them out, and the JSON views print them for every entity.
 */
final class SeedStamps {
  /**
   * The admin user a seed's order edits and payment collections name as creator when they name
   * none.
   */
  static final String SEED_ADMIN = "usr_01KDVDNA00ADM1N0SEEDUSER00";

  private SeedStamps() {}

  static void stamp(Seed seed, String now) {
    seed.regions.forEach(
        r -> {
          r.createdAt = or(r.createdAt, now);
          r.updatedAt = or(r.updatedAt, r.createdAt);
        });
    seed.salesChannels.forEach(
        x -> {
          x.createdAt = or(x.createdAt, now);
          x.updatedAt = or(x.updatedAt, x.createdAt);
        });
    seed.shippingProfiles.forEach(
        x -> {
          x.createdAt = or(x.createdAt, now);
          x.updatedAt = or(x.updatedAt, x.createdAt);
        });
    seed.shippingOptions.forEach(
        x -> {
          x.createdAt = or(x.createdAt, now);
          x.updatedAt = or(x.updatedAt, x.createdAt);
        });
    seed.collections.forEach(
        x -> {
          x.createdAt = or(x.createdAt, now);
          x.updatedAt = or(x.updatedAt, x.createdAt);
        });
    seed.categories.forEach(
        x -> {
          x.createdAt = or(x.createdAt, now);
          x.updatedAt = or(x.updatedAt, x.createdAt);
        });
    seed.tags.forEach(
        x -> {
          x.createdAt = or(x.createdAt, now);
          x.updatedAt = or(x.updatedAt, x.createdAt);
        });
    seed.types.forEach(
        x -> {
          x.createdAt = or(x.createdAt, now);
          x.updatedAt = or(x.updatedAt, x.createdAt);
        });
    seed.customers.forEach(
        x -> {
          x.createdAt = or(x.createdAt, now);
          x.updatedAt = or(x.updatedAt, x.createdAt);
        });
    seed.products.forEach(
        x -> {
          x.createdAt = or(x.createdAt, now);
          x.updatedAt = or(x.updatedAt, x.createdAt);
        });
    seed.returnReasons.forEach(
        x -> {
          x.createdAt = or(x.createdAt, now);
          x.updatedAt = or(x.updatedAt, x.createdAt);
        });
    seed.giftCards.forEach(
        x -> {
          x.createdAt = or(x.createdAt, now);
          x.updatedAt = or(x.updatedAt, x.createdAt);
        });
    seed.discounts.forEach(
        x -> {
          x.createdAt = or(x.createdAt, now);
          x.updatedAt = or(x.updatedAt, x.createdAt);
          x.startsAt =
              or(x.startsAt, x.createdAt); // Medusa defaults starts_at to the moment of creation
        });
    // Addresses saved with their customer, unless the seed dates them.
    seed.customers.forEach(
        c ->
            c.addresses.forEach(
                a -> {
                  a.customerId = or(a.customerId, c.id);
                  a.createdAt = or(a.createdAt, c.createdAt);
                  a.updatedAt = or(a.updatedAt, a.createdAt);
                }));
    // Order edits and their payment collections are written by an admin user; the Store API shows
    // who.
    seed.orderEdits.forEach(
        x -> {
          x.createdAt = or(x.createdAt, now);
          x.updatedAt = or(x.updatedAt, x.createdAt);
          x.createdBy = or(x.createdBy, SEED_ADMIN);
          if (x.requestedAt == null && "requested".equals(x.status)) {
            x.requestedAt = x.createdAt;
          }
        });
    seed.paymentCollections.forEach(
        x -> {
          x.createdAt = or(x.createdAt, now);
          x.updatedAt = or(x.updatedAt, x.createdAt);
          x.createdBy = or(x.createdBy, SEED_ADMIN);
        });
  }

  private static String or(String value, String fallback) {
    return value != null ? value : fallback;
  }
}
