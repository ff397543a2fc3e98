package kz.appeals.intake;

import static kz.appeals.support.IntakeFixtures.body;
import static kz.appeals.support.IntakeFixtures.individual;
import static kz.appeals.support.IntakeFixtures.newIin;
import static kz.appeals.support.IntakeFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

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

    private long appealsOf(String iin) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from appeal where applicant_iin = ?")) {
            ps.setString(1, iin);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
