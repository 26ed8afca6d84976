package io.medusajava.mock.domain.model;

import java.util.ArrayList;
import java.util.List;

/** A publishable API key and the sales channels it narrows requests to. */
public class PublishableKey {
  public String id;
  public String title;
  public List<String> salesChannelIds = new ArrayList<>();
}
