package io.medusajava.mock.http;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QsQueryParserTest {

  @Test
  void plainValuesAreDecodedAndLastWins() {
    QsQueryParser q = QsQueryParser.parse("q=blue+shirt&email=a%40b.com&limit=1&limit=2");
    assertEquals("blue shirt", q.get("q"));
    assertEquals("a@b.com", q.get("email"));
    assertEquals("2", q.get("limit"));
    assertEquals(List.of("1", "2"), q.list("limit"));
  }

  @Test
  void everyArrayFormIsAList() {
    assertEquals(List.of("a", "b"), QsQueryParser.parse("id[]=a&id[]=b").list("id"));
    assertEquals(List.of("a", "b"), QsQueryParser.parse("id%5B%5D=a&id%5B%5D=b").list("id"));
    assertEquals(List.of("a", "b"), QsQueryParser.parse("id[1]=b&id[0]=a").list("id"));
    assertEquals(List.of("a"), QsQueryParser.parse("id=a").list("id"));
    assertEquals(List.of(), QsQueryParser.parse("other=1").list("id"));
  }

  @Test
  void bracketedKeysNest() {
    QsQueryParser q =
        QsQueryParser.parse(
            "created_at[gt]=2024-01-01T00%3A00%3A00Z&shipping_address[postal_code]=62701");
    assertEquals(Map.of("gt", "2024-01-01T00:00:00Z"), q.nested("created_at"));
    assertEquals("62701", q.nested("shipping_address").get("postal_code"));
    assertTrue(q.has("created_at"));
    assertEquals(java.util.Set.of("created_at", "shipping_address"), q.names());
    assertNull(q.get("created_at"));
  }

  @Test
  void emptyAndOddInputs() {
    assertTrue(QsQueryParser.parse(null).names().isEmpty());
    assertTrue(QsQueryParser.parse("").names().isEmpty());
    QsQueryParser q = QsQueryParser.parse("flag&&x=%ZZ");
    assertEquals("", q.get("flag"));
    assertEquals("%ZZ", q.get("x"));
  }

  /** qs keeps a component whose escapes do not decode exactly as it was sent, broken or not. */
  @Test
  void undecodableComponentsStayAsSent() {
    assertEquals("%zz", QsQueryParser.parse("q=%zz").get("q"));
    assertEquals("%", QsQueryParser.parse("q=%").get("q"));
    assertEquals(
        "%41%zz",
        QsQueryParser.parse("q=%41%zz").get("q"), "one bad escape keeps the whole value raw");
    assertEquals("%E0%A4%A", QsQueryParser.parse("q=%E0%A4%A").get("q"));
    assertEquals("%FF", QsQueryParser.parse("q=%FF").get("q"), "not UTF-8");
    assertEquals("\u00e9", QsQueryParser.parse("q=%C3%A9").get("q"));
    assertEquals("1", QsQueryParser.parse("%zz=1").get("%zz"));
  }

  @Test
  void strictDecoding() {
    assertEquals("a b+c", QsQueryParser.decodeOrNull("a%20b+c"));
    assertNull(QsQueryParser.decodeOrNull("%"));
    assertNull(QsQueryParser.decodeOrNull("%2"));
    assertNull(QsQueryParser.decodeOrNull("%zz"));
    assertNull(QsQueryParser.decodeOrNull("%C3"));
    assertEquals("plain", QsQueryParser.decodeOrNull("plain"));
  }

  /**
   * What the edge hands WireMock: the same query when it decodes, else one that decodes to what qs
   * reads.
   */
  @Test
  void escapingUndecodableQueries() {
    String fine = "q=blue%20shirt&id[]=a";
    assertSame(fine, QsQueryParser.escapeUndecodable(fine));
    assertNull(QsQueryParser.escapeUndecodable(null));
    assertEquals("q=%25zz&limit=1", QsQueryParser.escapeUndecodable("q=%zz&limit=1"));
    assertEquals("%25zz=%41&&x", QsQueryParser.escapeUndecodable("%zz=%41&&x"));
    assertEquals("q=%2541%25zz=x", QsQueryParser.escapeUndecodable("q=%41%zz=x"));
    for (String raw : new String[] {"q=%zz", "q=%41%zz", "a%5B%zz%5D=1", "q=%E0%A4%A&x=%41"}) {
      QsQueryParser direct = QsQueryParser.parse(raw);
      QsQueryParser escaped = QsQueryParser.parse(QsQueryParser.escapeUndecodable(raw));
      assertEquals(direct.names(), escaped.names(), raw);
      for (String name : direct.names()) {
        assertEquals(direct.list(name), escaped.list(name), raw);
      }
    }
  }

  /**
   * Indexes are array slots in index order up to the largest JavaScript array index; past it the
   * parameter is there but holds nothing; leading zeros and signs make an object key, as in qs.
   */
  @Test
  void indexesAsMedusaSeesThem() {
    assertEquals(List.of("a", "b"), QsQueryParser.parse("id[30]=b&id[25]=a").list("id"));
    assertEquals(List.of("x"), QsQueryParser.parse("id[4294967294]=x").list("id"));
    QsQueryParser huge = QsQueryParser.parse("id[99999999999]=x");
    assertTrue(huge.has("id"));
    assertEquals(List.of(), huge.list("id"));
    assertEquals(Map.of(), huge.nested("id"));
    assertEquals(List.of(), QsQueryParser.parse("id[4294967295]=x").list("id"));
    assertEquals(List.of(), QsQueryParser.parse("id[99999999999999999999999999]=x").list("id"));
    assertEquals(List.of("a"), QsQueryParser.parse("id[0]=a&id[99999999999]=b").list("id"));
    assertEquals(Map.of("01", "a"), QsQueryParser.parse("id[01]=a").nested("id"));
    assertEquals(Map.of("-1", "a"), QsQueryParser.parse("id[-1]=a").nested("id"));
  }
}
