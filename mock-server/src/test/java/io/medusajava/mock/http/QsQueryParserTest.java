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
        QsQueryParser q = QsQueryParser.parse("created_at[gt]=2024-01-01T00%3A00%3A00Z&shipping_address[postal_code]=62701");
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
}
