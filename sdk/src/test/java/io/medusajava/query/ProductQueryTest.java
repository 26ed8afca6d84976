package io.medusajava.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.medusajava.model.ProductListParams;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProductQueryTest {
  private static final String BODY = "{\"products\":[],\"count\":0,\"offset\":0,\"limit\":20}";
  private static final Instant JAN_1 = Instant.parse("2024-01-01T00:00:00Z");
  private static final Instant FEB_1 = Instant.parse("2024-02-01T00:00:00Z");

  private QueryWire wire;

  @BeforeEach
  void start() throws Exception {
    wire = new QueryWire();
  }

  @AfterEach
  void stop() throws Exception {
    wire.close();
  }

  private String send(ProductListParams q) throws Exception {
    return wire.send(s -> s.products().list(q), BODY);
  }

  @Test
  void everyParameterReachesTheWire() throws Exception {
    ProductListParams query =
        ProductListParams.builder()
            .q("shirt")
            .ids("prod_1", "prod_2")
            .salesChannelIds("sc_1", "sc_2")
            .collectionIds("pcol_1", "pcol_2")
            .typeIds("ptyp_1", "ptyp_2")
            .tags("ptag_1", "ptag_2")
            .title("Medusa Shirt")
            .description("Soft")
            .handle("t-shirt")
            .isGiftcard(false)
            .createdAt(DateRange.after(JAN_1).andAtOrBefore(FEB_1))
            .updatedAt(DateRange.atOrAfter(JAN_1).andBefore(FEB_1))
            .categoryIds("pcat_1", "pcat_2")
            .includeCategoryChildren(true)
            .offset(40)
            .limit(20)
            .expand("variants", "variants.prices")
            .fields("id", "title")
            .order("-created_at")
            .cartId("cart_1")
            .regionId("reg_1")
            .currencyCode("eur")
            .build();

    assertEquals(
        "q=shirt&id[]=prod_1&id[]=prod_2&sales_channel_id[]=sc_1&sales_channel_id[]=sc_2"
            + "&collection_id[]=pcol_1&collection_id[]=pcol_2&type_id[]=ptyp_1&type_id[]=ptyp_2"
            + "&tags[]=ptag_1&tags[]=ptag_2&title=Medusa Shirt&description=Soft&handle=t-shirt&is_giftcard=false"
            + "&created_at[gt]=2024-01-01T00:00:00Z&created_at[lte]=2024-02-01T00:00:00Z"
            + "&updated_at[lt]=2024-02-01T00:00:00Z&updated_at[gte]=2024-01-01T00:00:00Z"
            + "&category_id[]=pcat_1&category_id[]=pcat_2&include_category_children=true"
            + "&offset=40&limit=20&expand=variants,variants.prices&fields=id,title&order=-created_at"
            + "&cart_id=cart_1&region_id=reg_1&currency_code=eur",
        send(query));
  }

  @Test
  void briefExampleSendsOnlyWhatWasSet() throws Exception {
    ProductListParams query =
        ProductListParams.builder()
            .ids("a", "b")
            .createdAt(DateRange.after(JAN_1))
            .limit(20)
            .build();

    assertEquals("id[]=a&id[]=b&created_at[gt]=2024-01-01T00:00:00Z&limit=20", send(query));
  }

  @Test
  void emptyQuerySendsNoParameters() throws Exception {
    assertEquals("", send(ProductListParams.builder().build()));
  }

  @Test
  void unsetArraysAreNullNotEmpty() {
    ProductListParams query =
        ProductListParams.builder().ids().collectionIds((List<String>) null).build();

    assertNull(query.getIds());
    assertNull(query.getCollectionIds());
    assertNull(query.getExpand());
  }

  @Test
  void expandEntriesAreTrimmedBeforeJoining() throws Exception {
    assertEquals(
        "expand=variants,options",
        send(ProductListParams.builder().expand(" variants", "options ").build()));
  }

  @Test
  void idsCanComeFromACollection() {
    List<String> ids = new ArrayList<>(List.of("prod_1", "prod_2"));
    ProductListParams query = ProductListParams.builder().ids(ids).build();
    ids.add("prod_3");

    assertEquals(List.of("prod_1", "prod_2"), query.getIds());
  }

  @Test
  void returnedListsCannotBeModified() {
    ProductListParams query = ProductListParams.builder().ids("prod_1").build();

    assertThrows(UnsupportedOperationException.class, () -> query.getIds().add("prod_2"));
  }

  @Test
  void aDerivedOffsetChangesOnlyTheOffset() {
    ProductListParams first =
        ProductListParams.builder().regionId("reg_1").expand("variants").limit(20).build();
    ProductListParams second = first.toBuilder().offset(20).build();

    assertEquals(
        ProductListParams.builder()
            .regionId("reg_1")
            .expand("variants")
            .limit(20)
            .offset(20)
            .build(),
        second);
    assertNull(first.getOffset());
  }

  @Test
  void aDerivedNegativeOffsetIsRejected() {
    ProductListParams query = ProductListParams.builder().build();

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> query.toBuilder().offset(-1).build());
    assertEquals("offset must be at least 0, was -1", e.getMessage());
  }

  @Test
  void toBuilderDerivesAVariant() {
    ProductListParams base =
        ProductListParams.builder().collectionIds("pcol_1").expand("variants", "images").build();
    ProductListParams derived = base.toBuilder().regionId("reg_1").build();

    assertEquals(List.of("pcol_1"), derived.getCollectionIds());
    assertEquals(List.of("variants", "images"), derived.getExpand());
    assertEquals("reg_1", derived.getRegionId());
    assertNull(base.getRegionId());
  }

  @Test
  void equalQueriesHaveEqualHashCodes() {
    ProductListParams a =
        ProductListParams.builder().ids("p").createdAt(DateRange.after(JAN_1)).build();
    ProductListParams b =
        ProductListParams.builder().ids("p").createdAt(DateRange.after(JAN_1)).build();

    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
  }

  @Test
  void queriesWithDifferentValuesDiffer() {
    assertNotEquals(
        ProductListParams.builder().ids("p").build(), ProductListParams.builder().ids("q").build());
  }

  @Test
  void toStringNamesTheSetParameters() {
    ProductListParams query =
        ProductListParams.builder()
            .collectionIds("a", "b")
            .createdAt(DateRange.after(JAN_1))
            .limit(20)
            .build();

    assertEquals(
        "ProductListParams{collection_id[]=[a, b], created_at=[gt=2024-01-01T00:00Z], limit=20}",
        query.toString());
  }

  @Test
  void blankIdIsRejectedWithItsPosition() {
    ProductListParams.Builder builder = ProductListParams.builder().collectionIds("pcol_1", " ");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals("collection_id[] must not contain a blank value (index 1)", e.getMessage());
  }

  @Test
  void nullIdIsRejected() {
    ProductListParams.Builder builder = ProductListParams.builder().ids("prod_1", null);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals("id[] must not contain a blank value (index 1)", e.getMessage());
  }

  @Test
  void blankRegionIdIsRejected() {
    ProductListParams.Builder builder = ProductListParams.builder().regionId("");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals("region_id must not be blank", e.getMessage());
  }

  @Test
  void blankExpandEntryIsRejected() {
    ProductListParams.Builder builder = ProductListParams.builder().expand("variants", "");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals("expand must not contain a blank value (index 1)", e.getMessage());
  }

  @Test
  void zeroLimitIsRejected() {
    ProductListParams.Builder builder = ProductListParams.builder().limit(0);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals("limit must be between 1 and 1000, was 0", e.getMessage());
  }

  @Test
  void limitAboveTheMaximumIsRejected() {
    ProductListParams.Builder builder = ProductListParams.builder().limit(1001);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals("limit must be between 1 and 1000, was 1001", e.getMessage());
  }

  @Test
  void maximumLimitIsAccepted() {
    assertEquals(1000, ProductListParams.builder().limit(1000).build().getLimit());
  }

  @Test
  void negativeOffsetIsRejected() {
    ProductListParams.Builder builder = ProductListParams.builder().offset(-5);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals("offset must be at least 0, was -5", e.getMessage());
  }

  @Test
  void builderChangesAfterBuildDoNotReachTheQuery() {
    ProductListParams.Builder builder = ProductListParams.builder().regionId("reg_1");
    ProductListParams query = builder.build();
    builder.regionId("reg_2");

    assertEquals("reg_1", query.getRegionId());
  }
}
