package io.medusajava.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.medusajava.model.CategoryListParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CategoryQueryTest {
  private QueryWire wire;

  @BeforeEach
  void start() throws Exception {
    wire = new QueryWire();
  }

  @AfterEach
  void stop() throws Exception {
    wire.close();
  }

  private String send(CategoryListParams q) throws Exception {
    return wire.send(
        s -> s.categories().list(q),
        "{\"product_categories\":[],\"count\":0,\"offset\":0,\"limit\":100}");
  }

  @Test
  void everyParameterReachesTheWire() throws Exception {
    CategoryListParams query =
        CategoryListParams.builder()
            .q("shoes")
            .handle("running")
            .parentCategoryId("pcat_1")
            .includeDescendantsTree(true)
            .offset(0)
            .limit(100)
            .expand("category_children", "parent_category")
            .fields("id", "name", "handle")
            .build();

    assertEquals(
        "q=shoes&handle=running&parent_category_id=pcat_1&include_descendants_tree=true"
            + "&offset=0&limit=100&expand=category_children,parent_category&fields=id,name,handle",
        send(query));
  }

  @Test
  void blankParentCategoryIsRejected() {
    CategoryListParams.Builder builder = CategoryListParams.builder().parentCategoryId("  ");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals("parent_category_id must not be blank", e.getMessage());
  }
}
