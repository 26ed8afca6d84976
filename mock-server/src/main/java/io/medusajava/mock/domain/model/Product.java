package io.medusajava.mock.domain.model;

import java.util.ArrayList;
import java.util.List;

/** A product with its options, variants and catalog links (by id). */
public class Product {
  public String id;
  public String title;
  public String subtitle;
  public String description;
  public String handle;
  public boolean isGiftcard;
  public String status = "published";
  public boolean discountable = true;
  public String thumbnail;

  /** Image URLs; the JSON view derives stable image ids from the product id. */
  public List<String> images = new ArrayList<>();

  public Integer weight;
  public String collectionId;
  public String typeId;
  public List<String> tagIds = new ArrayList<>();
  public List<String> categoryIds = new ArrayList<>();
  public List<String> salesChannelIds = new ArrayList<>();
  public List<ProductOption> options = new ArrayList<>();
  public List<Variant> variants = new ArrayList<>();
  public String createdAt;
  public String updatedAt;
}
