package kz.appeals.intake;

import static io.restassured.RestAssured.given;
import static kz.appeals.support.IntakeFixtures.body;
import static kz.appeals.support.IntakeFixtures.individual;
import static kz.appeals.support.IntakeFixtures.newIin;
import static kz.appeals.support.IntakeFixtures.newPhone;
import static kz.appeals.support.IntakeFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.appeals.support.Sql;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Retries with one Idempotency-Key register one appeal. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class IdempotencyTest {

    @Inject
    AgroalDataSource dataSource;

    private static String portalBody(String iin) {
        return body("PORTAL", "STATEMENT", "HOUSING_QUEUE", "PVL", individual(iin, null), null);
    }

    @Test
    @DisplayName("POST /appeals twice with the same key and body replays the first answer")
    void replay() throws Exception {
        String key = UUID.randomUUID().toString();
        String iin = newIin();
        String request = portalBody(iin);
        Response first = post(Tokens.portal(), request, key);
        first.then().statusCode(201);
        Response second = post(Tokens.portal(), request, key);
        second.then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .body("id", equalTo(first.path("id")))
                .body("registrationNumber", equalTo(first.path("registrationNumber")))
                .body("dueAt", equalTo(first.path("dueAt")));
        assertThat(appealsOf(iin)).isEqualTo(1);
    }

    @Test
    @DisplayName("POST /appeals with a used key and another body answers 422 and registers nothing")
    void conflictingBody() throws Exception {
        String key = UUID.randomUUID().toString();
        String iin = newIin();
        post(Tokens.portal(), portalBody(iin), key).then().statusCode(201);
        String other = newIin();
        post(Tokens.portal(), portalBody(other), key).then().statusCode(422).contentType("application/problem+json");
        assertThat(appealsOf(other)).isZero();
    }

    @Test
    @DisplayName("keys are scoped to the caller: the same key from another caller is a new appeal")
    void scopedToCaller() {
        String key = UUID.randomUUID().toString();
        int a = post(Tokens.of("operator"), body("CALL_CENTER", "COMPLAINT", "UTIL_WATER", "PVL", individual(newIin(), null), null), key)
                .then().statusCode(201).extract().path("id");
        int b = post(Tokens.of("admin"), body("CALL_CENTER", "COMPLAINT", "UTIL_WATER", "PVL", individual(newIin(), null), null), key)
                .then().statusCode(201).extract().path("id");
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    @DisplayName("20 concurrent POST /appeals with one key register exactly one appeal")
    void concurrentSameKey() throws Exception {
        String key = UUID.randomUUID().toString();
        String iin = newIin();
        String request = portalBody(iin);
        String token = Tokens.portal();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return post(token, request, key);
            }));
        }
        start.countDown();
        Set<Object> ids = new HashSet<>();
        for (Future<Response> f : answers) {
            Response r = f.get(60, TimeUnit.SECONDS);
            assertThat(r.statusCode()).isEqualTo(201);
            ids.add(r.path("id"));
        }
        pool.shutdown();
        assertThat(ids).hasSize(1);
        assertThat(appealsOf(iin)).isEqualTo(1);
    }

    @Test
    @DisplayName("POST /appeals replayed with the same key and body answers the same accessCode, and that code "
            + "still opens GET /public/appeals/{number}")
    void replayKeepsTheAccessCode() {
        String key = UUID.randomUUID().toString();
        String request = portalBody(newIin());
        Response first = post(Tokens.portal(), request, key);
        first.then().statusCode(201).body("accessCode", matchesPattern("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"));
        String code = first.path("accessCode");
        post(Tokens.portal(), request, key).then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("accessCode", equalTo(code));
        track(first.path("registrationNumber"), code).then().statusCode(200);
        post(Tokens.portal(), request, key).then().statusCode(201).body("accessCode", equalTo(code));
        track(first.path("registrationNumber"), code).then().statusCode(200);
    }

    @Test
    @DisplayName("POST /appeals by the operator with a phone and a key answers an accessCode, the same on replay")
    void callCenterReplayKeepsTheAccessCode() {
        String key = UUID.randomUUID().toString();
        String request = body("CALL_CENTER", "COMPLAINT", "UTIL_WATER", "PVL", individual(null, newPhone()), null);
        Response first = post(Tokens.of("operator"), request, key);
        String code = first.then().statusCode(201).extract().path("accessCode");
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        post(Tokens.of("operator"), request, key).then().statusCode(201).body("accessCode", equalTo(code));
        track(first.path("registrationNumber"), code).then().statusCode(200);
    }

    @Test
    @DisplayName("POST /appeals keeps no access code in clear: neither the appeal's row nor the idempotency record holds it")
    void noPlainCodeStored() throws Exception {
        String key = UUID.randomUUID().toString();
        String request = portalBody(newIin());
        Response first = post(Tokens.portal(), request, key);
        String code = first.then().statusCode(201).extract().path("accessCode");
        post(Tokens.portal(), request, key).then().statusCode(201).body("accessCode", equalTo(code));
        long id = ((Number) first.path("id")).longValue();
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select a::text from appeal a where a.id = ?"
                     + " union all select r::text from idempotency_record r where r.appeal_id = ?")) {
            ps.setLong(1, id);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1).toUpperCase());
                }
            }
        }
        assertThat(rows).hasSize(2);
        assertThat(rows).noneMatch(row -> row.contains(code) || row.contains(code.replace("-", "")));
    }

    private static Response track(String number, String code) {
        return given().header("X-Access-Code", code).header("X-Forwarded-For", "10.251.0." + (number.hashCode() & 0x7f))
                .get("/api/v1/public/appeals/" + number);
    }

    private long appealsOf(String iin) throws Exception {
        return Sql.count(dataSource, "select count(*) from appeal where applicant_iin = ?", iin);
    }
}
