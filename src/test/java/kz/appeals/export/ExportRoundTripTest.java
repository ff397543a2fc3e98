package kz.appeals.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Random;
import kz.appeals.support.PackagedService;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The NDJSON export of a register imported into another, empty one and exported again; and the
 * export of a register several times larger than the heap of the service that sends it. The
 * second register is the packaged service in a process of its own with a 96 MB heap and its own
 * database (ports 8341 and 8342).
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class ExportRoundTripTest {
    static final long SEED = Long.getLong("export.seed", new Random().nextLong());
    private static final String DATABASE = System.getenv().getOrDefault("APPEALS_TEST_DATABASE", "appeals_test") + "_second";
    private static final int BULK = 80_000;

    @BeforeAll
    static void printSeed() {
        System.out.println("ExportRoundTripTest seed " + SEED + " (replay with -Dexport.seed=" + SEED + ")");
    }

    @Test
    @DisplayName("a register exported as NDJSON imports into an empty register unchanged, and a 96 MB service streams"
            + " an export several times its heap")
    void roundTripAndSmallHeap() throws Exception {
        ExportRegister register = new ExportRegister(SEED, 150);
        given().auth().oauth2(Tokens.of("admin")).contentType("application/x-ndjson")
                .body(register.ndjson().getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports/appeals")
                .then().statusCode(200).body("imported", equalTo(150)).body("rejected", equalTo(0));
        String first = given().auth().oauth2(Tokens.of("admin")).accept("application/x-ndjson")
                .get("/api/v1/appeals/export?q=" + register.marker).then().statusCode(200).extract().asString();

        try (PackagedService second = PackagedService.start(DATABASE, 8341, 8342, "96m", Map.of())) {
            given().baseUri(second.url()).auth().oauth2(Tokens.of("admin")).contentType("application/x-ndjson")
                    .body(first.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports/appeals")
                    .then().statusCode(200).body("imported", equalTo(150)).body("rejected", equalTo(0));
            String again = given().baseUri(second.url()).auth().oauth2(Tokens.of("admin")).accept("application/x-ndjson")
                    .get("/api/v1/appeals/export?q=" + register.marker).then().statusCode(200).extract().asString();

            Map<String, JsonNode> before = ExportRegister.byRef(first, true);
            Map<String, JsonNode> after = ExportRegister.byRef(again, true);
            // the receiving register numbers appeals in its own series; all else is as it was
            before.values().forEach(n -> ((ObjectNode) n.get("register")).remove("registrationNumber"));
            after.values().forEach(n -> ((ObjectNode) n.get("register")).remove("registrationNumber"));
            assertThat(after).hasSize(150).isEqualTo(before);
            // imported appeals carry no extension and no feedback: the first due date is the one in force
            assertThat(after.values()).allSatisfy(n -> {
                assertThat(n.get("register").get("originalDueOn")).isEqualTo(n.get("register").get("dueOn"));
                assertThat(n.get("register").has("feedback")).isFalse();
            });
            assertThat(ExportRegister.byRef(first, false)).isEqualTo(ExportRegister.byRef(register.ndjson(), false));

            long rows = bulkLoad() + 150;
            long[] counted = streamExport(second);
            assertThat(counted[0]).as("lines exported").isEqualTo(rows);
            assertThat(counted[1]).as("bytes exported: several times the 96 MB heap").isGreaterThan(3L * 96 * 1024 * 1024);
            assertThat(second.alive()).as("the service is still up (it exits on OutOfMemoryError); log " + second.log())
                    .isTrue();
        }
    }

    /** Appeals of 4 KB of text written straight into the second register's database; their number. */
    private static long bulkLoad() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + DATABASE, "postgres", "")) {
            c.createStatement().execute("set session_replication_role = replica");
            c.createStatement().execute("insert into appeal (id, registration_number, channel, type, topic_code,"
                    + " district_code, text, applicant_kind, applicant_name, applicant_phone, received_at, registered_at,"
                    + " registered_on, due_on, status, created_by, external_ref)"
                    + " select 50000000 + g, '2025-PVL-9' || lpad(g::text, 6, '0'), 'WRITTEN', 'STATEMENT', 'UTIL_HEATING',"
                    + " 'PVL', repeat('Нет отопления в доме, жылу жоқ. ', 70) || g, 'INDIVIDUAL', 'Айгерим Садыкова',"
                    + " '+77010000000', now() - interval '10 days', now() - interval '10 days', current_date - 10,"
                    + " current_date + 5, 'REGISTERED', 'bulk', 'BULK-' || g from generate_series(1, " + BULK + ") g");
            try (ResultSet rs = c.createStatement().executeQuery("select count(*) from appeal where created_by = 'bulk'")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The whole register of the second service as NDJSON, read as it comes: lines and bytes. */
    private static long[] streamExport(PackagedService service) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.url() + "/api/v1/appeals/export"))
                .header("Authorization", "Bearer " + Tokens.of("admin")).header("Accept", "application/x-ndjson").build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        long lines = 0;
        long bytes = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = response.body()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return new long[] {lines, bytes};
    }
}
