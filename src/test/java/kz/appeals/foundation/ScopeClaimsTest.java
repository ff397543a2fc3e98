package kz.appeals.foundation;

import static io.restassured.RestAssured.given;
import static kz.appeals.support.CaseFixtures.assignment;
import static kz.appeals.support.CaseFixtures.done;
import static kz.appeals.support.CaseFixtures.marker;
import static kz.appeals.support.CaseFixtures.progress;
import static kz.appeals.support.CaseFixtures.register;
import static kz.appeals.support.CaseFixtures.resolution;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import kz.appeals.common.RegionTime;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scope from signed tokens with chosen claims: a district-scoped role without districts,
 * or an executor without an agency, is refused (403) instead of reaching the whole region;
 * region-wide reading comes only from the explicit grant (district claim "*"); a caller
 * with several roles is scoped, for each action, by the role that allows it.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class ScopeClaimsTest {
    private static final AtomicLong USERS = new AtomicLong(System.nanoTime() % 1_000_000);
    private static final String YEAR = "from=2024-01-01&to=2024-12-31";

    /** A signed token for the roles, with the given claims (a null value leaves the claim out). */
    private static String token(List<String> roles, Map<String, Object> claims) {
        String user = "scope-test-" + USERS.incrementAndGet();
        JwtClaimsBuilder builder = Tokens.claims(user, roles.get(0)).claim("realm_access", Map.of("roles", roles));
        claims.forEach((name, value) -> {
            if (value != null) {
                builder.claim(name, value);
            }
        });
        return Tokens.sign(builder);
    }

    private static String token(String role, String claim, Object value) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(claim, value);
        return token(List.of(role), claims);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    /** The tokens whose scope claim is missing or empty, by a short name for the test's title. */
    private static String unscoped(String kind) {
        return switch (kind) {
            case "office-without-district" -> token("office-staff", "district", null);
            case "supervisor-without-district" -> token("supervisor", "district", null);
            case "supervisor-with-empty-district" -> token("supervisor", "district", "");
            case "supervisor-with-no-districts" -> token("supervisor", "district", List.of());
            case "executor-without-agency" -> token("executor", "agency", null);
            case "executor-with-empty-agency" -> token("executor", "agency", " ");
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest(name = "GET /appeals, /appeals/'{id}' and its events as {0} answer 403")
    @ValueSource(strings = {"office-without-district", "supervisor-without-district", "supervisor-with-empty-district",
            "supervisor-with-no-districts", "executor-without-agency", "executor-with-empty-agency"})
    void appealsNeedTheScopeClaim(String kind) {
        String token = unscoped(kind);
        long id = register("PVL");
        done("supervisor", id, "assignment", assignment("PVL-HOUSING"));
        forbidden(as(token).get("/api/v1/appeals"));
        forbidden(as(token).get("/api/v1/appeals/" + id));
        forbidden(as(token).get("/api/v1/appeals/" + id + "/events"));
    }

    @ParameterizedTest(name = "POST /appeals/'{id}'/progress and /withdrawal as {0} answer 403 and change nothing")
    @ValueSource(strings = {"office-without-district", "supervisor-without-district", "executor-without-agency"})
    void actionsNeedTheScopeClaim(String kind) {
        String token = unscoped(kind);
        long id = register("PVL");
        done("supervisor", id, "assignment", assignment("PVL-HOUSING"));
        String etag = kz.appeals.support.CaseFixtures.etag("supervisor", id);
        String action = kind.startsWith("office") ? "withdrawal" : "progress";
        Object body = action.equals("withdrawal") ? Map.of("reason", "No scope") : progress("No scope", false);
        forbidden(as(token).header("If-Match", etag).body(body).post("/api/v1/appeals/" + id + "/" + action));
        assertThat(kz.appeals.support.CaseFixtures.etag("supervisor", id)).isEqualTo(etag);
    }

    @ParameterizedTest(name = "GET and POST /receptions as {0} answer 403")
    @ValueSource(strings = {"office-without-district", "supervisor-without-district", "supervisor-with-no-districts"})
    void receptionsNeedTheDistrictClaim(String kind) {
        String token = unscoped(kind);
        long official = newOfficial("PVL");
        Number id = as(Tokens.of("office")).body(reception(official, "PVL", 9)).post("/api/v1/receptions")
                .then().statusCode(201).extract().path("id");
        forbidden(as(token).get("/api/v1/receptions"));
        forbidden(as(token).get("/api/v1/receptions/" + id));
        forbidden(as(token).get("/api/v1/receptions/" + id + "/events"));
        forbidden(as(token).body(reception(newOfficial("PVL"), "PVL", 10)).post("/api/v1/receptions"));
    }

    @ParameterizedTest(name = "GET /applicants/history as {0} answers 403")
    @ValueSource(strings = {"office-without-district", "supervisor-without-district"})
    void historyNeedsTheDistrictClaim(String kind) {
        forbidden(as(unscoped(kind)).get("/api/v1/applicants/history?iin=" + IntakeFixtures.newIin()));
    }

    @ParameterizedTest(name = "GET /stats/appeals and /stats/receptions as {0} answer 403")
    @ValueSource(strings = {"supervisor-without-district", "supervisor-with-empty-district"})
    void statisticsNeedTheDistrictClaim(String kind) {
        String token = unscoped(kind);
        forbidden(as(token).get("/api/v1/stats/appeals?" + YEAR));
        forbidden(as(token).get("/api/v1/stats/receptions?" + YEAR));
    }

    @Test
    @DisplayName("POST /appeals of a paper letter as office staff without a district answers 403 and registers nothing")
    void intakeNeedsTheDistrictClaim() {
        String token = unscoped("office-without-district");
        String text = marker("nodistrict");
        String body = IntakeFixtures.body("WRITTEN", "COMPLAINT", "UTIL_HEATING", "EKB",
                IntakeFixtures.individual(null, IntakeFixtures.newPhone()), null).replaceFirst("\"text\":\"", "\"text\":\"" + text + " ");
        forbidden(as(token).body(body).post("/api/v1/appeals"));
        assertThat(as(Tokens.of("chief")).queryParam("q", text).get("/api/v1/appeals").then().statusCode(200)
                .extract().jsonPath().getList("items")).isEmpty();
    }

    @Test
    @DisplayName("GET /appeals, /appeals/{id} and /stats as a supervisor with the region-wide grant (district \"*\") reach every district")
    void explicitRegionWideGrant() {
        String token = token("supervisor", "district", List.of("*"));
        String word = marker("grant");
        long pvl = register("PVL", word);
        long ekb = register("EKB", word);
        assertThat(as(token).queryParam("q", word).get("/api/v1/appeals").then().statusCode(200)
                .extract().jsonPath().getList("items.districtCode")).containsExactlyInAnyOrder("PVL", "EKB");
        as(token).get("/api/v1/appeals/" + ekb).then().statusCode(200);
        as(token).get("/api/v1/appeals/" + pvl).then().statusCode(200);
        as(token).get("/api/v1/stats/appeals?" + YEAR).then().statusCode(200);
        as(token).body(reception(newOfficial("AKS"), "AKS", 11)).post("/api/v1/receptions").then().statusCode(201);
    }

    @Test
    @DisplayName("GET /appeals as the demo user chief (realm grant district \"*\") lists every district")
    void chiefHoldsTheGrant() {
        String word = marker("chief");
        register("PVL", word);
        register("AKS", word);
        assertThat(as(Tokens.of("chief")).queryParam("q", word).get("/api/v1/appeals").then().statusCode(200)
                .extract().jsonPath().getList("items.districtCode")).containsExactlyInAnyOrder("PVL", "AKS");
    }

    @Test
    @DisplayName("operator + executor: reads every district as operator, resolves only its agency's appeals, recorded as executor")
    void operatorAndExecutor() {
        Map<String, Object> claims = Map.of("agency", "PVL-HOUSING");
        String token = token(List.of("operator", "executor"), claims);
        long ekb = register("EKB");
        as(token).get("/api/v1/appeals/" + ekb).then().statusCode(200);

        long social = register("PVL");
        done("supervisor", social, "assignment", assignment("PVL-SOCIAL"));
        String socialTag = etag(token, social);
        forbidden(as(token).header("If-Match", socialTag).body(resolution("POSITIVE", "Not ours to answer"))
                .post("/api/v1/appeals/" + social + "/resolution"));
        as(token).get("/api/v1/appeals/" + social).then().statusCode(200).body("status", equalTo("ASSIGNED"));

        long housing = register("PVL");
        done("supervisor", housing, "assignment", assignment("PVL-HOUSING"));
        as(token).header("If-Match", etag(token, housing)).body(resolution("POSITIVE", "The valve was replaced"))
                .post("/api/v1/appeals/" + housing + "/resolution").then().statusCode(200).body("status", equalTo("RESOLVED"));
        assertThat(lastEvent(token, housing).get("actorRole")).isEqualTo("executor");
    }

    @Test
    @DisplayName("supervisor of PVL + executor of EKB-HOUSING: reads and answers EKB-HOUSING's appeals as executor, cannot assign them")
    void supervisorAndExecutor() {
        String token = token(List.of("supervisor", "executor"), Map.of("district", List.of("PVL"), "agency", "EKB-HOUSING"));
        String word = marker("both");
        long pvl = register("PVL", word);
        long ekb = register("EKB", word);
        long ekbUnassigned = register("EKB", word);
        done("supervisor2", ekb, "assignment", assignment("EKB-HOUSING"));

        assertThat(as(token).queryParam("q", word).get("/api/v1/appeals").then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class)).containsExactlyInAnyOrder(pvl, ekb);
        as(token).get("/api/v1/appeals/" + ekbUnassigned).then().statusCode(404);

        as(token).header("If-Match", etag(token, ekb)).body(progress("Inspection on Thursday", false))
                .post("/api/v1/appeals/" + ekb + "/progress").then().statusCode(200);
        assertThat(lastEvent(token, ekb).get("actorRole")).isEqualTo("executor");
        forbidden(as(token).header("If-Match", etag(token, ekb)).body(assignment("EKB-SOCIAL"))
                .post("/api/v1/appeals/" + ekb + "/assignment"));

        as(token).header("If-Match", etag(token, pvl)).body(assignment("PVL-HOUSING"))
                .post("/api/v1/appeals/" + pvl + "/assignment").then().statusCode(200);
        assertThat(lastEvent(token, pvl).get("actorRole")).isEqualTo("supervisor");
    }

    @Test
    @DisplayName("office staff without a district + operator: GET /appeals reads the region as operator")
    void anotherRoleGrants() {
        String token = token(List.of("office-staff", "operator"), Map.of());
        String word = marker("opoffice");
        register("PVL", word);
        register("EKB", word);
        assertThat(as(token).queryParam("q", word).get("/api/v1/appeals").then().statusCode(200)
                .extract().jsonPath().getList("items.districtCode")).containsExactlyInAnyOrder("PVL", "EKB");
        // Receptions are not the operator's: the office-staff role there has no district.
        forbidden(as(token).get("/api/v1/receptions"));
    }

    private static void forbidden(io.restassured.response.Response response) {
        ValidatableResponse then = response.then();
        then.statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }

    private static String etag(String token, long id) {
        return as(token).get("/api/v1/appeals/" + id).then().statusCode(200).extract().header("ETag");
    }

    private static Map<String, Object> lastEvent(String token, long id) {
        List<Map<String, Object>> items = as(token).get("/api/v1/appeals/" + id + "/events").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.get(items.size() - 1);
    }

    private static long newOfficial(String district) {
        Number id = as(Tokens.of("admin")).body("{\"fullName\": \"Scope Official " + USERS.incrementAndGet()
                        + "\", \"position\": \"Test position\", \"officialType\": \"OFFICE_HEAD\", \"districtCode\": \""
                        + district + "\"}")
                .post("/api/v1/officials").then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    private static String reception(long officialId, String district, int hour) {
        LocalDate today = RegionTime.localDate(Instant.now());
        OffsetDateTime at = OffsetDateTime.of(today, LocalTime.of(hour, 0), RegionTime.ZONE);
        return "{\"officialId\": " + officialId + ", \"districtCode\": \"" + district + "\", \"format\": \"REGULAR\","
                + " \"scheduledAt\": \"" + at + "\"}";
    }
}
