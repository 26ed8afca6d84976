package io.medusajava.mock;

/** Ids from the bundled seed that the HTTP tests use. */
public final class SeedIds {
  public static final String REGION_NA = "reg_01KDVDNA0ECMNNV5ZS5DF2C65C";
  public static final String REGION_EU = "reg_01KDVDNA0NGJKGA71HEEF30KH8";
  public static final String VARIANT = "variant_01KDVDNA83FM61C02NATN3E9GK";
  public static final String OUT_OF_STOCK_VARIANT = "variant_01KDVDNAZYXCPTZTF90JZVCVG8";
  public static final String SHIPPING_NA = "so_01KDVDNA1A465NG5K21CE0A18K";
  public static final String PUBLISHABLE_KEY = "pk_01KDVDNB244FEH52E1RK14GRQV";
  public static final String SALES_CHANNEL = "sc_01KDVDNA079G6MA1TT468MYWTD";
  public static final String CUSTOMER_EMAIL = "alex.rivera@example.com";
  public static final String CUSTOMER_PASSWORD = "mock-password-1";
  public static final String PRODUCT_1 = "prod_01KDVDNA7EET3G0FWNTMQ55SYB";
  public static final String PRODUCT_2 = "prod_01KDVDNA9VNHDFN70JZ8NYDQKE";

  private SeedIds() {}
}
