package kz.appeals.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The import answers an appeal by the assignment's rule (see AssignmentCompetenceTest): the
 * resolution's agency is of the appeal's district or region-level. An appeal answered by another
 * district's agency would be on the register with that agency, readable by its executors.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class ImportCompetenceTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("POST /imports/appeals with a PVL line answered by EKB-HOUSING rejects that line naming the agency and"
            + " stores nothing of it; the batch's other lines are imported, and EKB-HOUSING's executor reads only its own")
    void agencyOfAnotherDistrict() throws Exception {
        String marker = "scope" + UUID.randomUUID().toString().replace("-", "");
        String p = "IC-" + UUID.randomUUID();
        String official = "Deputy " + marker;
        String reception = "\"reception\":{\"externalRef\":\"" + p + "-R\",\"officialType\":\"MASLIKHAT_DEPUTY\","
                + "\"officialName\":\"" + official + "\",\"heldAt\":\"2024-03-14T10:00:00+05:00\",\"format\":\"REGULAR\","
                + "\"citizensReceived\":3}";
        String file = String.join("\n",
                marked(ImportTest.line(p + "-own", "WRITTEN", "2024-03-12T10:15:00+05:00", resolution("PVL-HOUSING")), marker),
                marked(ImportTest.line(p + "-other", "RECEPTION", "2024-03-14T11:00:00+05:00",
                        reception + "," + resolution("EKB-HOUSING")), marker),
                marked(ImportTest.line(p + "-region", "WRITTEN", "2024-03-12T11:15:00+05:00", resolution("REG-AKIMAT")), marker),
                marked(ImportTest.line(p + "-ekb", "WRITTEN", "2024-03-12T12:15:00+05:00", resolution("EKB-HOUSING")), marker)
                        .replace("\"districtCode\":\"PVL\"", "\"districtCode\":\"EKB\"")) + "\n";

        JsonPath report = given().auth().oauth2(Tokens.of("admin")).contentType("application/x-ndjson")
                .body(file.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports/appeals")
                .then().statusCode(200).body("imported", equalTo(3)).body("rejected", equalTo(1))
                .extract().jsonPath();
        assertThat(report.getList("errors.line", Integer.class)).containsExactly(2);
        assertThat(report.getList("errors[0].errors.field", String.class)).containsExactly("resolution.agencyCode");
        assertThat(report.getString("errors[0].errors[0].message"))
                .contains("Agency EKB-HOUSING belongs to district EKB, not to PVL").contains("region-level");

        List<Long> stored;
        long ekb;
        try (Connection c = dataSource.getConnection()) {
            assertThat(count(c, "select count(*) from appeal where external_ref = ?", p + "-other")).isZero();
            assertThat(count(c, "select count(*) from reception where external_ref = ?", p + "-R")).isZero();
            assertThat(count(c, "select count(*) from official where full_name = ?", official)).isZero();
            assertThat(count(c, "select count(*) from appeal where external_ref like ? and district_code = 'PVL'"
                    + " and agency_code = 'EKB-HOUSING'", p + "-%")).isZero();
            stored = ids(c, "select id from appeal where external_ref like ? and district_code = 'PVL' order by id", p + "-%");
            ekb = ids(c, "select id from appeal where external_ref = ?", p + "-ekb").get(0);
        }
        assertThat(stored).hasSize(2);

        // EKB-HOUSING's executor: its own EKB appeal, none of PVL's, in the list and by id
        given().auth().oauth2(Tokens.of("executor2")).get("/api/v1/appeals?q=" + marker)
                .then().statusCode(200).body("items.id", contains((int) ekb));
        for (long id : stored) {
            given().auth().oauth2(Tokens.of("executor2")).get("/api/v1/appeals/" + id).then().statusCode(404);
        }
        // PVL-HOUSING's executor reads its one; PVL's supervisor both of PVL
        given().auth().oauth2(Tokens.of("executor")).get("/api/v1/appeals?q=" + marker)
                .then().statusCode(200).body("items.agencyCode", contains("PVL-HOUSING"));
        given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals?q=" + marker)
                .then().statusCode(200).body("items.id", containsInAnyOrder(stored.stream().map(Long::intValue).toArray()));
    }

    private static String marked(String line, String marker) {
        return line.replace("Please confirm my place in the queue.", "Please confirm my place in the queue " + marker + ".");
    }

    private static String resolution(String agency) {
        return "\"resolution\":{\"agencyCode\":\"" + agency + "\",\"resolvedAt\":\"2024-03-20T16:00:00+05:00\","
                + "\"outcome\":\"POSITIVE\",\"answer\":\"Your place is confirmed.\"}";
    }

    private static long count(Connection c, String sql, String param) throws Exception {
        return ids(c, sql, param).get(0);
    }

    private static List<Long> ids(Connection c, String sql, String param) throws Exception {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }
}
