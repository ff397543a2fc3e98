package kz.appeals.catalogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** An administrator adds catalogue entries: each answers 201 with the entry and a Location that reads it back. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class CatalogueKeepingTest {

    private static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.of("admin")).contentType("application/json");
    }

    /** Letters only (districts take no digits), different on every run against the same database. */
    private static String newCode() {
        StringBuilder code = new StringBuilder("T");
        for (int i = 0; i < 9; i++) {
            code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return code.toString();
    }

    /** The created entry's Location, as a path of this service. */
    private static String location(Response created) {
        created.then().statusCode(201);
        String location = created.header("Location");
        assertThat(location).as("Location").isNotNull();
        return location.replaceFirst("^https?://[^/]+", "");
    }

    /** The entries of a catalogue list whose key (code or id) is the given one. */
    private static List<Object> listed(String catalogue, String key, Object value) {
        return given().auth().oauth2(Tokens.of("analyst")).get("/api/v1/" + catalogue).then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it." + key + " == " + (value instanceof String ? "'" + value + "'" : value) + " }");
    }

    /** Adds an entry as admin: 201 with the entry, a Location that names it by its code, and the list shows it. */
    private static void adds(String catalogue, String code, String body) {
        Response created = admin().body(body).post("/api/v1/" + catalogue);
        assertThat(location(created)).isEqualTo("/api/v1/" + catalogue + "/" + code);
        assertThat(created.jsonPath().getString("code")).isEqualTo(code);
        assertThat(listed(catalogue, "code", code)).hasSize(1);
    }

    @Test
    @DisplayName("POST /districts, /topics, /agencies as admin answer 201 with Location /api/v1/<catalogue>/<code>, and the list shows the entry")
    void codedEntries() {
        String district = newCode();
        adds("districts", district, "{\"code\":\"" + district + "\",\"name\":\"Test district\",\"kind\":\"RURAL_DISTRICT\"}");
        String topic = newCode();
        adds("topics", topic, "{\"code\":\"" + topic + "\",\"name\":\"Test topic\",\"groupCode\":\"TEST\",\"groupName\":\"Tests\"}");
        String agency = newCode();
        adds("agencies", agency, "{\"code\":\"" + agency + "\",\"name\":\"Test agency\",\"districtCode\":\"" + district + "\"}");
    }

    @Test
    @DisplayName("POST /officials as admin answers 201 with Location /api/v1/officials/<id>, which PUT then changes")
    void officials() {
        Response o = admin().body("{\"fullName\":\"Test Official\",\"position\":\"Test position\",\"officialType\":\"AGENCY_HEAD\"}")
                .post("/api/v1/officials");
        long id = o.jsonPath().getLong("id");
        String location = location(o);
        assertThat(location).isEqualTo("/api/v1/officials/" + id);
        assertThat(listed("officials", "id", id)).hasSize(1);

        admin().body("{\"name\":\"Renamed Official\"}").put(location).then().statusCode(200);
        assertThat(given().auth().oauth2(Tokens.of("analyst")).get("/api/v1/officials").then().statusCode(200)
                .extract().jsonPath().getString("items.find { it.id == " + id + " }.fullName")).isEqualTo("Renamed Official");
    }
}
