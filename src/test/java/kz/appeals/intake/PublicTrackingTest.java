package kz.appeals.intake;

import static io.restassured.RestAssured.given;
import static kz.appeals.support.IntakeFixtures.body;
import static kz.appeals.support.IntakeFixtures.newIin;
import static kz.appeals.support.IntakeFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A citizen follows an appeal with its access code; guessing is slowed down per client
 * address and, with a much higher ceiling, per number. The tests reach the service from
 * the loopback address, a trusted proxy by default, so X-Forwarded-For names the client.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class PublicTrackingTest {
    /** Client limit and number ceiling as docs/intake.md states them. */
    private static final int CLIENT_LIMIT = 5;
    private static final int NUMBER_LIMIT = 200;
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Inject
    AgroalDataSource dataSource;

    private record Receipt(String number, String code, String iin) {
    }

    private static Receipt submit() {
        String iin = newIin();
        String applicant = "{\"kind\":\"INDIVIDUAL\",\"fullName\":\"Daulet Kenzhebayev\",\"iin\":\"" + iin
                + "\",\"phone\":\"+77017654321\",\"email\":\"daulet@example.kz\",\"postalAddress\":\"Pavlodar, Lenin 1\"}";
        Response r = post(Tokens.portal(), body("PORTAL", "INQUIRY", "EDU_KINDERGARTEN", "PVL", applicant, null),
                UUID.randomUUID().toString());
        r.then().statusCode(201);
        return new Receipt(r.path("registrationNumber"), r.path("accessCode"), iin);
    }

    /** A client address no other test uses (10.0.0.0/8 is not a trusted proxy by default). */
    private static String newClient() {
        int n = CLIENTS.incrementAndGet();
        return "10." + (n >> 16 & 0xff) + "." + (n >> 8 & 0xff) + "." + (n & 0xff);
    }

    private static Response track(String number, String code, String client) {
        return given().header("X-Access-Code", code).header("X-Forwarded-For", client)
                .get("/api/v1/public/appeals/" + number);
    }

    @Test
    @DisplayName("GET /public/appeals/{number} with the right code shows status and replies, no personal data")
    void rightCode() {
        Receipt receipt = submit();
        track(receipt.number(), receipt.code(), newClient()).then().statusCode(200)
                .body("registrationNumber", equalTo(receipt.number()))
                .body("status", equalTo("REGISTERED"))
                .body("dueAt", notNullValue())
                .body("replies", hasSize(1))
                .body(not(containsString(receipt.iin())))
                .body(not(containsString("Kenzhebayev")))
                .body(not(containsString("+77017654321")))
                .body(not(containsString("daulet@example.kz")))
                .body(not(containsString("Lenin 1")));
    }

    @Test
    @DisplayName("GET /public/appeals/{number} accepts the code in lower case and without dashes")
    void lenientCode() {
        Receipt receipt = submit();
        track(receipt.number(), receipt.code().toLowerCase().replace("-", ""), newClient()).then().statusCode(200);
    }

    @Test
    @DisplayName("GET /public/appeals/{number} with a wrong code or an unknown number answers 404")
    void wrongCode() {
        Receipt receipt = submit();
        String client = newClient();
        track(receipt.number(), "AAAA-BBBB-CCCC", client).then().statusCode(404).contentType("application/problem+json");
        track("1999-PVL-999999", receipt.code(), client).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @DisplayName("GET /public/appeals/{number} without the code header answers 400")
    void missingCode() {
        given().header("X-Forwarded-For", newClient()).get("/api/v1/public/appeals/2026-PVL-000001")
                .then().statusCode(400);
    }

    @Test
    @DisplayName("GET /public/appeals/{number} with the right code ten times from one client answers 200 each time")
    void rightCodeIsNotCounted() {
        Receipt receipt = submit();
        String client = newClient();
        for (int i = 0; i < 2 * CLIENT_LIMIT; i++) {
            track(receipt.number(), receipt.code(), client).then().statusCode(200);
        }
    }

    @Test
    @DisplayName("GET /public/appeals/{number}: after 5 wrong codes a client gets 429 with Retry-After, "
            + "while the right code from another client answers 200")
    void oneClientCannotLockOthersOut() {
        Receipt receipt = submit();
        String guesser = newClient();
        for (int i = 0; i < CLIENT_LIMIT; i++) {
            track(receipt.number(), "WRNG-CODE-000" + i, guesser).then().statusCode(404);
        }
        track(receipt.number(), "WRNG-CODE-0009", guesser).then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());
        track(receipt.number(), receipt.code(), guesser).then().statusCode(429);
        Receipt other = submit();
        track(other.number(), other.code(), guesser).then().statusCode(429);

        track(receipt.number(), receipt.code(), newClient()).then().statusCode(200);
    }

    @Test
    @DisplayName("20 parallel GET /public/appeals/{number} with wrong codes from one client: at most 5 answer other than 429")
    void parallelGuessesStayWithinTheLimit() throws Exception {
        Receipt receipt = submit();
        String client = newClient();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String guess = String.format("WRNG-PARA-%04d", i);
            answers.add(pool.submit(() -> {
                start.await();
                return track(receipt.number(), guess, client).statusCode();
            }));
        }
        start.countDown();
        int notLimited = 0;
        for (Future<Integer> answer : answers) {
            int status = answer.get(60, TimeUnit.SECONDS);
            assertThat(status).isIn(404, 429);
            notLimited += status == 429 ? 0 : 1;
        }
        pool.shutdown();
        assertThat(notLimited).isEqualTo(CLIENT_LIMIT);
    }

    @Test
    @DisplayName("GET /public/appeals/{number} guessed from 200 addresses answers 429 to every client, the right code included")
    void numberCeiling() {
        Receipt receipt = submit();
        for (int i = 0; i < NUMBER_LIMIT; i++) {
            track(receipt.number(), "WRNG-MANY-0000", newClient()).then().statusCode(404);
        }
        track(receipt.number(), receipt.code(), newClient()).then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", notNullValue());
    }

    @Test
    @DisplayName("GET /public/appeals/{number} for unknown numbers from many clients leaves no row that names a number")
    void unknownNumbersAddNoRows() throws Exception {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String number = "1998-PVL-" + String.format("%06d", 900_000 + CLIENTS.incrementAndGet() % 100_000);
            numbers.add(number);
            track(number, "AAAA-BBBB-CCCC", newClient()).then().statusCode(404);
        }
        for (String number : numbers) {
            assertThat(rowsNaming(number)).as("rows naming %s", number).isEmpty();
        }
    }

    /** Every table of the service's schema, searched for a row whose text holds {@code value}. */
    private List<String> rowsNaming(String value) throws Exception {
        List<String> hits = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = current_schema() and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (PreparedStatement ps = c.prepareStatement(
                        "select count(*) from \"" + table + "\" t where t::text like '%' || ? || '%'")) {
                    ps.setString(1, value);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            hits.add(table);
                        }
                    }
                }
            }
        }
        return hits;
    }
}
