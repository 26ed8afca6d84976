package io.medusajava.query;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Filters and paging for listing product categories ({@code GET /store/product-categories}).
 *
 * <p>Immutable and safe to share between threads. The getters return exactly the types of the generated
 * {@code ProductCategoriesApi.list} parameters; pass them in that method's order.
 */
public final class CategoryQuery implements PagedQuery<CategoryQuery> {
  private static final String[] NAMES = {
    "q", "handle", "parent_category_id", "include_descendants_tree", "offset", "limit", "expand", "fields"
  };

  private final @Nullable String q;
  private final @Nullable String handle;
  private final @Nullable String parentCategoryId;
  private final @Nullable Boolean includeDescendantsTree;
  private final @Nullable Integer offset;
  private final @Nullable Integer limit;
  private final @Nullable String expand;
  private final @Nullable String fields;

  private CategoryQuery(Builder b) {
    q = b.q;
    handle = Checks.id("handle", b.handle);
    parentCategoryId = Checks.id("parent_category_id", b.parentCategoryId);
    includeDescendantsTree = b.includeDescendantsTree;
    offset = Checks.offset(b.offset);
    limit = Checks.limit(b.limit);
    expand = Checks.joined("expand", b.expand);
    fields = Checks.joined("fields", b.fields);
  }

  /**
   * Returns a builder with nothing set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this query's values, to derive a different query.
   *
   * @return a new builder
   */
  public Builder newBuilder() {
    return new Builder(this);
  }

  /**
   * Returns a copy of this query that differs only in its offset.
   *
   * @param offset the number of items to skip; at least 0
   * @return the new query
   * @throws IllegalArgumentException if {@code offset} is negative
   */
  @Override
  public CategoryQuery withOffset(int offset) {
    return newBuilder().offset(offset).build();
  }

  /**
   * Returns the {@code q} value (a free-text search), or {@code null}.
   *
   * @return the value
   */
  public @Nullable String getQ() {
    return q;
  }

  /**
   * Returns the {@code handle} value (a category handle), or {@code null}.
   *
   * @return the value
   */
  public @Nullable String getHandle() {
    return handle;
  }

  /**
   * Returns the {@code parent_category_id} value (a parent category id; the server reads {@code "null"} as top-level categories only), or {@code null}.
   *
   * @return the value
   */
  public @Nullable String getParentCategoryId() {
    return parentCategoryId;
  }

  /**
   * Returns the {@code include_descendants_tree} value (whether to nest each category's descendants), or {@code null}.
   *
   * @return the value
   */
  public @Nullable Boolean getIncludeDescendantsTree() {
    return includeDescendantsTree;
  }

  /**
   * Returns the {@code offset} value (items to skip), or {@code null}.
   *
   * @return the value
   */
  @Override
  public @Nullable Integer getOffset() {
    return offset;
  }

  /**
   * Returns the {@code limit} value (the page size), or {@code null}.
   *
   * @return the value
   */
  @Override
  public @Nullable Integer getLimit() {
    return limit;
  }

  /**
   * Returns the {@code expand} value (relations to include) joined with commas, or {@code null}.
   *
   * @return the value
   */
  public @Nullable String getExpand() {
    return expand;
  }

  /**
   * Returns the {@code fields} value (attributes to return) joined with commas, or {@code null}.
   *
   * @return the value
   */
  public @Nullable String getFields() {
    return fields;
  }

  private Object[] values() {
    return new Object[] {q, handle, parentCategoryId, includeDescendantsTree, offset, limit, expand, fields};
  }

  /**
   * Returns whether {@code o} is an equal {@code CategoryQuery}.
   *
   * @param o the object to compare
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CategoryQuery && Arrays.equals(values(), ((CategoryQuery) o).values());
  }

  /**
   * Returns a hash of the values.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Arrays.hashCode(values());
  }

  /**
   * Returns the set parameters by wire name, for logs.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return Checks.describe("CategoryQuery", NAMES, values());
  }

  /**
   * Collects the values of a {@link CategoryQuery}; {@link #build()} checks them.
   *
   * <p>Each setter replaces the earlier value; {@code null}, or no values at all, unsets the parameter.
   * Not thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private @Nullable String q;
    private @Nullable String handle;
    private @Nullable String parentCategoryId;
    private @Nullable Boolean includeDescendantsTree;
    private @Nullable Integer offset;
    private @Nullable Integer limit;
    private @Nullable List<String> expand;
    private @Nullable List<String> fields;

    private Builder() {
    }

    private Builder(CategoryQuery source) {
      q = source.q;
      handle = source.handle;
      parentCategoryId = source.parentCategoryId;
      includeDescendantsTree = source.includeDescendantsTree;
      offset = source.offset;
      limit = source.limit;
      expand = Checks.split(source.expand);
      fields = Checks.split(source.fields);
    }

    /**
     * Sets {@code q}: a free-text search.
     *
     * @param q the value
     * @return this builder
     */
    public Builder q(@Nullable String q) {
      this.q = q;
      return this;
    }

    /**
     * Sets {@code handle}: a category handle.
     *
     * @param handle the value
     * @return this builder
     */
    public Builder handle(@Nullable String handle) {
      this.handle = handle;
      return this;
    }

    /**
     * Sets {@code parent_category_id}: a parent category id; the server reads {@code "null"} as top-level categories only.
     *
     * @param parentCategoryId the value
     * @return this builder
     */
    public Builder parentCategoryId(@Nullable String parentCategoryId) {
      this.parentCategoryId = parentCategoryId;
      return this;
    }

    /**
     * Sets {@code include_descendants_tree}: whether to nest each category's descendants.
     *
     * @param includeDescendantsTree the value
     * @return this builder
     */
    public Builder includeDescendantsTree(@Nullable Boolean includeDescendantsTree) {
      this.includeDescendantsTree = includeDescendantsTree;
      return this;
    }

    /**
     * Sets {@code offset}: items to skip. At least 0.
     *
     * @param offset the value
     * @return this builder
     */
    public Builder offset(@Nullable Integer offset) {
      this.offset = offset;
      return this;
    }

    /**
     * Sets {@code limit}: the page size. From 1 to {@link PagedQuery#MAX_LIMIT}.
     *
     * @param limit the value
     * @return this builder
     */
    public Builder limit(@Nullable Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * Sets {@code expand}: relations to include.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder expand(String @Nullable ... values) {
      this.expand = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code expand}: relations to include.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder expand(@Nullable Collection<String> values) {
      this.expand = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code fields}: attributes to return.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder fields(String @Nullable ... values) {
      this.fields = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code fields}: attributes to return.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder fields(@Nullable Collection<String> values) {
      this.fields = Checks.copy(values);
      return this;
    }

    /**
     * Checks the values and returns the query.
     *
     * @return the query
     * @throws IllegalArgumentException naming the first parameter whose value is invalid
     */
    public CategoryQuery build() {
      return new CategoryQuery(this);
    }
  }
}
