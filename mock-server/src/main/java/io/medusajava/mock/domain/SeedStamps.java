package io.medusajava.mock.domain;

import io.medusajava.mock.domain.seed.Seed;

/**
 * Gives every seeded row the created_at/updated_at a database would have: the seed file may leave them out,
 * and the JSON views print them for every entity.
 */
final class SeedStamps {
    private SeedStamps() {
    }

    static void stamp(Seed seed, String now) {
        seed.regions.forEach(r -> { r.createdAt = or(r.createdAt, now); r.updatedAt = or(r.updatedAt, r.createdAt); });
        seed.salesChannels.forEach(x -> { x.createdAt = or(x.createdAt, now); x.updatedAt = or(x.updatedAt, x.createdAt); });
        seed.shippingProfiles.forEach(x -> { x.createdAt = or(x.createdAt, now); x.updatedAt = or(x.updatedAt, x.createdAt); });
        seed.shippingOptions.forEach(x -> { x.createdAt = or(x.createdAt, now); x.updatedAt = or(x.updatedAt, x.createdAt); });
        seed.collections.forEach(x -> { x.createdAt = or(x.createdAt, now); x.updatedAt = or(x.updatedAt, x.createdAt); });
        seed.categories.forEach(x -> { x.createdAt = or(x.createdAt, now); x.updatedAt = or(x.updatedAt, x.createdAt); });
        seed.tags.forEach(x -> { x.createdAt = or(x.createdAt, now); x.updatedAt = or(x.updatedAt, x.createdAt); });
        seed.types.forEach(x -> { x.createdAt = or(x.createdAt, now); x.updatedAt = or(x.updatedAt, x.createdAt); });
        seed.customers.forEach(x -> { x.createdAt = or(x.createdAt, now); x.updatedAt = or(x.updatedAt, x.createdAt); });
        seed.products.forEach(x -> { x.createdAt = or(x.createdAt, now); x.updatedAt = or(x.updatedAt, x.createdAt); });
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
