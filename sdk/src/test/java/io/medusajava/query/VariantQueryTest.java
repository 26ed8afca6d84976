package io.medusajava.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.medusajava.model.VariantListParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VariantQueryTest {
  private QueryWire wire;

  @BeforeEach
  void start() throws Exception {
    wire = new QueryWire();
  }

  @AfterEach
  void stop() throws Exception {
    wire.close();
  }

  private String send(VariantListParams q) throws Exception {
    return wire.send(s -> s.variants().list(q), "{\"variants\":[]}");
  }

  @Test
  void everyParameterReachesTheWire() throws Exception {
    VariantListParams query =
        VariantListParams.builder()
            .idsJoined("variant_1", "variant_2")
            .ids("variant_3", "variant_4")
            .salesChannelId("sc_1")
            .expand("prices", "options")
            .fields("id", "sku")
            .offset(0)
            .limit(50)
            .cartId("cart_1")
            .regionId("reg_1")
            .currencyCode("usd")
            .titles("S", "M")
            .inventoryQuantity(3)
            .inventoryQuantityLt(10)
            .inventoryQuantityGt(1)
            .inventoryQuantityLte(9)
            .inventoryQuantityGte(2)
            .build();

    assertEquals(
        "ids=variant_1,variant_2&id[]=variant_3&id[]=variant_4&sales_channel_id=sc_1"
            + "&expand=prices,options&fields=id,sku&offset=0&limit=50&cart_id=cart_1&region_id=reg_1"
            + "&currency_code=usd&title[]=S&title[]=M&inventory_quantity=3&inventory_quantity[lt]=10"
            + "&inventory_quantity[gt]=1&inventory_quantity[lte]=9&inventory_quantity[gte]=2",
        send(query));
  }

  @Test
  void aDerivedOffsetKeepsTheFilters() {
    VariantListParams query =
        VariantListParams.builder().ids("variant_1").limit(10).build().toBuilder()
            .offset(10)
            .build();

    assertEquals("VariantListParams{id[]=[variant_1], offset=10, limit=10}", query.toString());
  }

  @Test
  void blankJoinedIdIsRejected() {
    VariantListParams.Builder builder = VariantListParams.builder().idsJoined("variant_1", "");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals("ids must not contain a blank value (index 1)", e.getMessage());
  }
}
