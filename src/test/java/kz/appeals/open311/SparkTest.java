package kz.appeals.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SparkTest {

    private static Map<String, Object> request(String id, Object lat) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_request_id", id);
        m.put("status_notes", null);
        m.put("lat", lat);
        return m;
    }

    @Test
    @DisplayName("XML wraps a list in its plural element and each item in the singular the specification uses")
    void xmlWrappers() {
        String xml = Spark.xml("service_requests", List.of(request("2026-PVL-000001", 52.5), request("2026-PVL-000002", null)));
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<service_requests><request>")
                .contains("<service_request_id>2026-PVL-000001</service_request_id><status_notes></status_notes>"
                        + "<lat>52.5</lat></request><request>")
                .endsWith("</request></service_requests>");
        assertThat(Spark.xml("service_request_updates", List.of(Map.of("update_id", "7"))))
                .contains("<service_request_updates><request_update><update_id>7</update_id></request_update>");
        assertThat(Spark.xml("errors", List.of(Map.of("code", 403)))).contains("<errors><error><code>403</code></error></errors>");
    }

    @Test
    @DisplayName("JSON drops the root: a list is an array, an object stays an object, null stays null")
    void jsonWithoutRoot() {
        assertThat(Spark.json(List.of(request("2026-PVL-000001", null))))
                .isEqualTo("[{\"service_request_id\":\"2026-PVL-000001\",\"status_notes\":null,\"lat\":null}]");
        assertThat(Spark.write(Spark.Format.JSON, "service_definition", Map.of("service_code", "X")))
                .isEqualTo("{\"service_code\":\"X\"}");
    }

    @Test
    @DisplayName("text that XML 1.0 cannot carry is replaced, markup is escaped")
    void xmlText() {
        assertThat(Spark.xml("errors", List.of(Map.of("description", "a<b & \u0001c \uD83D\uDE00"))))
                .contains("<description>a&lt;b &amp; \uFFFDc \uD83D\uDE00</description>");
        assertThat(Spark.xmlText("lone \uD800 surrogate")).isEqualTo("lone \uFFFD surrogate");
    }

    @Test
    @DisplayName("the format is the extension's; errors take the path's, XML when it is neither")
    void formats() {
        assertThat(Spark.Format.ofExtension("json")).isEqualTo(Spark.Format.JSON);
        assertThat(Spark.Format.ofExtension("xml")).isEqualTo(Spark.Format.XML);
        assertThat(Spark.Format.ofPath("/open311/v2/requests.json")).isEqualTo(Spark.Format.JSON);
        assertThat(Spark.Format.ofPath("/open311/v2/requests.html")).isEqualTo(Spark.Format.XML);
        assertThat(Spark.Format.JSON.mediaType).isEqualTo("application/json; charset=utf-8");
        assertThat(Spark.Format.XML.mediaType).isEqualTo("text/xml; charset=utf-8");
    }
}
