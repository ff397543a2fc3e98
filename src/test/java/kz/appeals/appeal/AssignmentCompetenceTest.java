package kz.appeals.appeal;

import static io.restassured.RestAssured.given;
import static kz.appeals.support.CaseFixtures.act;
import static kz.appeals.support.CaseFixtures.assignment;
import static kz.appeals.support.CaseFixtures.etag;
import static kz.appeals.support.CaseFixtures.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An appeal is assigned only to an agency of its own district or to a region-level one,
 * and a named official must be of its district or region-level too: anything else is
 * outside the register's competence there and answers 422, pointing to redirection.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class AssignmentCompetenceTest {
    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

    @Test
    @DisplayName("POST /appeals/{id}/assignment of a PVL appeal to EKB-HOUSING answers 422 pointing to redirection and changes nothing")
    void agencyOfAnotherDistrict() {
        long id = register("PVL");
        String tag = etag("supervisor", id);
        act("supervisor", id, "assignment", assignment("EKB-HOUSING"), tag)
                .statusCode(422).contentType("application/problem+json").body("status", equalTo(422))
                .body("detail", containsString("EKB-HOUSING")).body("detail", containsString("redirection"));
        assertThat(etag("supervisor", id)).isEqualTo(tag);
        given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + id).then()
                .body("status", equalTo("REGISTERED")).body("agencyCode", nullValue());
        given().auth().oauth2(Tokens.of("executor2")).get("/api/v1/appeals/" + id).then().statusCode(404);
    }

    @Test
    @DisplayName("POST /appeals/{id}/assignment of an assigned PVL appeal to another city's agency answers 422; it stays with its agency")
    void reassignmentToAnotherDistrict() {
        long id = register("PVL");
        act("supervisor", id, "assignment", assignment("PVL-HOUSING")).statusCode(200);
        act("chief", id, "assignment", assignment("AKS-HOUSING")).statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("executor")).get("/api/v1/appeals/" + id).then().statusCode(200)
                .body("agencyCode", equalTo("PVL-HOUSING"));
    }

    @ParameterizedTest(name = "POST /appeals/'{id}'/assignment of a PVL appeal to {0} answers 200")
    @ValueSource(strings = {"PVL-HOUSING", "REG-HEALTH", "region-level agency without a district"})
    void ownDistrictOrRegionLevel(String agency) {
        String code = agency.startsWith("region") ? newAgency(null) : agency;
        long id = register("PVL");
        act("supervisor", id, "assignment", assignment(code)).statusCode(200).body("agencyCode", equalTo(code));
    }

    @Test
    @DisplayName("POST /appeals/{id}/assignment naming an official of EKB for a PVL appeal answers 422; of the region or of PVL, 200")
    void officialsOfTheAppealsDistrictOrTheRegion() {
        String agency = newAgency(null);
        long ekbOfficial = newOfficial(agency, "EKB");
        long id = register("PVL");
        String tag = etag("supervisor", id);
        act("supervisor", id, "assignment", Map.of("agencyCode", agency, "officialId", ekbOfficial), tag)
                .statusCode(422).contentType("application/problem+json").body("detail", containsString("redirection"));
        assertThat(etag("supervisor", id)).isEqualTo(tag);

        for (String district : new String[] {"REG", null, "PVL"}) {
            long official = newOfficial(agency, district);
            act("supervisor", id, "assignment", Map.of("agencyCode", agency, "officialId", official))
                    .statusCode(200).body("officialId", equalTo((int) official));
        }
    }

    /** A new active agency of the district (null: none, region-level). */
    static String newAgency(String district) {
        String code = "TEST-AG-" + SEQ.incrementAndGet();
        given().auth().oauth2(Tokens.of("admin")).contentType("application/json")
                .body(district == null ? Map.of("code", code, "name", "Test agency " + code)
                        : Map.of("code", code, "name", "Test agency " + code, "districtCode", district))
                .post("/api/v1/agencies").then().statusCode(201);
        return code;
    }

    /** A new active official of the agency, in the district (null: none). */
    static long newOfficial(String agency, String district) {
        StringBuilder body = new StringBuilder("{\"fullName\": \"Test Official " + SEQ.incrementAndGet()
                + "\", \"position\": \"Inspector\", \"officialType\": \"AGENCY_HEAD\", \"agencyCode\": \"" + agency + "\"");
        if (district != null) {
            body.append(", \"districtCode\": \"").append(district).append('"');
        }
        Number id = given().auth().oauth2(Tokens.of("admin")).contentType("application/json").body(body.append('}').toString())
                .post("/api/v1/officials").then().statusCode(201).extract().path("id");
        return id.longValue();
    }
}
