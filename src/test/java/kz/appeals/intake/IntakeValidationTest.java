package kz.appeals.intake;

import static io.restassured.RestAssured.given;
import static kz.appeals.support.IntakeFixtures.body;
import static kz.appeals.support.IntakeFixtures.individual;
import static kz.appeals.support.IntakeFixtures.newIin;
import static kz.appeals.support.IntakeFixtures.newPhone;
import static kz.appeals.support.IntakeFixtures.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule of intake: a 400 naming the field, and nothing registered. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class IntakeValidationTest {

    @Inject
    AgroalDataSource dataSource;

    private static String wrongCheckDigit(String iin) {
        int last = iin.charAt(11) - '0';
        return iin.substring(0, 11) + ((last + 1) % 10);
    }

    private void rejected(String user, String body, String field) throws Exception {
        long before = count();
        post(Tokens.of(user), body).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        org.assertj.core.api.Assertions.assertThat(count()).as("no appeal registered").isEqualTo(before);
    }

    private long count() throws Exception {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery("select count(*) from appeal")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    @DisplayName("an IIN with a wrong check digit answers 400 on applicant.iin")
    void iinCheckDigit() throws Exception {
        rejected("operator", body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL",
                individual(wrongCheckDigit(newIin()), null), null), "applicant.iin");
    }

    @ParameterizedTest(name = "IIN {0} answers 400")
    @ValueSource(strings = {"12345", "abcdefghijkl", "0000000000001", "991399300010"})
    void iinShape(String iin) throws Exception {
        rejected("operator", body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL", individual(iin, null), null),
                "applicant.iin");
    }

    @Test
    @DisplayName("a legal entity with a wrong BIN check digit answers 400 on applicant.bin")
    void binCheckDigit() throws Exception {
        String bin = wrongCheckDigit(newIin());
        rejected("operator", body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL",
                "{\"kind\":\"LEGAL_ENTITY\",\"fullName\":\"TOO Teplo\",\"bin\":\"" + bin + "\"}", null), "applicant.bin");
    }

    @Test
    @DisplayName("a legal entity with a valid BIN answers 201")
    void validBin() {
        post(Tokens.of("operator"), body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL",
                "{\"kind\":\"LEGAL_ENTITY\",\"fullName\":\"TOO Teplo\",\"bin\":\"" + newIin() + "\"}", null))
                .then().statusCode(201).body("applicant.kind", equalTo("LEGAL_ENTITY"));
    }

    @ParameterizedTest(name = "phone {0} answers 400")
    @ValueSource(strings = {"12", "+7 000", "not a phone", "+7 701 234 56 78 90 12"})
    void impossiblePhone(String phone) throws Exception {
        rejected("operator", body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL", individual(null, phone), null),
                "applicant.phone");
    }

    @ParameterizedTest(name = "phone {0} is stored as +77012345678")
    @ValueSource(strings = {"+7 701 234 56 78", "8 (701) 234-56-78", "87012345678", "7012345678"})
    void phoneNormalised(String phone) {
        post(Tokens.of("operator"), body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL", individual(null, phone), null))
                .then().statusCode(201).body("applicant.phone", equalTo("+77012345678"));
    }

    @Test
    @DisplayName("an impossible e-mail answers 400 on applicant.email")
    void email() throws Exception {
        rejected("operator", body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL",
                "{\"kind\":\"INDIVIDUAL\",\"fullName\":\"A B\",\"email\":\"not-an-email@\"}", null), "applicant.email");
    }

    @Test
    @DisplayName("a text of 9 characters answers 400 on text")
    void textTooShort() throws Exception {
        String b = body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL", individual(null, newPhone()), null)
                .replaceFirst("\"text\":\"[^\"]*\"", "\"text\":\"too short\"");
        rejected("operator", b, "text");
    }

    @Test
    @DisplayName("a text of 10,001 characters answers 400 on text, 10,000 are accepted")
    void textTooLong() throws Exception {
        String base = body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL", individual(null, newPhone()), null);
        rejected("operator", base.replaceFirst("\"text\":\"[^\"]*\"", "\"text\":\"" + "x".repeat(10_001) + "\""), "text");
        post(Tokens.of("operator"), base.replaceFirst("\"text\":\"[^\"]*\"", "\"text\":\"" + "y".repeat(10_000) + "\""))
                .then().statusCode(201);
    }

    @Test
    @DisplayName("an unknown topic or district answers 400 naming each")
    void unknownCatalogue() throws Exception {
        rejected("operator", body("CALL_CENTER", "COMPLAINT", "NO_SUCH_TOPIC", "PVL", individual(null, newPhone()), null), "topicCode");
        rejected("operator", body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "XXX", individual(null, newPhone()), null), "districtCode");
    }

    @Test
    @DisplayName("a deactivated topic answers 400 on topicCode")
    void inactiveTopic() throws Exception {
        String code = "OLD_" + (System.nanoTime() % 1_000_000);
        given().auth().oauth2(Tokens.of("admin")).contentType("application/json")
                .body("{\"code\":\"" + code + "\",\"name\":\"Old topic\",\"groupCode\":\"OTHER\",\"groupName\":\"Other\"}")
                .post("/api/v1/topics").then().statusCode(201);
        given().auth().oauth2(Tokens.of("admin")).contentType("application/json").body("{\"active\":false}")
                .put("/api/v1/topics/" + code).then().statusCode(200);
        rejected("operator", body("CALL_CENTER", "COMPLAINT", code, "PVL", individual(null, newPhone()), null), "topicCode");
    }

    @Test
    @DisplayName("a topic deactivated and renamed by another instance (plain SQL) is refused by the next registration and leaves the list")
    void catalogueChangedElsewhere() throws Exception {
        String code = "ELSEWHERE_" + (System.nanoTime() % 1_000_000);
        given().auth().oauth2(Tokens.of("admin")).contentType("application/json")
                .body("{\"code\":\"" + code + "\",\"name\":\"Kept topic\",\"groupCode\":\"OTHER\",\"groupName\":\"Other\"}")
                .post("/api/v1/topics").then().statusCode(201);
        post(Tokens.of("operator"), body("CALL_CENTER", "COMPLAINT", code, "PVL", individual(null, newPhone()), null))
                .then().statusCode(201);
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().executeUpdate("update topic set active = false, name = 'Renamed elsewhere' where code = '" + code + "'");
        }
        // intake checks against the committed catalogue at once
        rejected("operator", body("CALL_CENTER", "COMPLAINT", code, "PVL", individual(null, newPhone()), null), "topicCode");
        // the list follows the change's notification (milliseconds)
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of("operator")).get("/api/v1/topics").then().statusCode(200)
                        .body("items.find { it.code == '" + code + "' }.name", equalTo("Renamed elsewhere"))
                        .body("items.find { it.code == '" + code + "' }.active", equalTo(false)));
    }

    /** A statement of a named individual in Pavlodar, received at now (UTC+5) moved by {@code shift}. */
    private static String receivedAt(String channel, UnaryOperator<OffsetDateTime> shift) {
        String at = shift.apply(OffsetDateTime.now(ZoneOffset.ofHours(5))).toString();
        return body(channel, "STATEMENT", "UTIL_HEATING", "PVL", individual(null, newPhone()), "\"receivedAt\":\"" + at + "\"");
    }

    @Test
    @DisplayName("receivedAt in the future answers 400")
    void receivedInFuture() throws Exception {
        rejected("office", receivedAt("WRITTEN", now -> now.plusHours(2)), "receivedAt");
    }

    @Test
    @DisplayName("receivedAt 31 days back answers 400; 29 days back is accepted")
    void receivedTooLongAgo() throws Exception {
        rejected("office", receivedAt("WRITTEN", now -> now.minusDays(31)), "receivedAt");
        post(Tokens.of("office"), receivedAt("WRITTEN", now -> now.minusDays(29))).then().statusCode(201);
    }

    @Test
    @DisplayName("receivedAt from an operator answers 400 (staff of offices only)")
    void receivedAtNotForOperators() throws Exception {
        rejected("operator", receivedAt("CALL_CENTER", now -> now.minusDays(1)), "receivedAt");
    }

    @Test
    @DisplayName("an anonymous complaint answers 400 on applicant.kind")
    void anonymousComplaint() throws Exception {
        rejected("operator", body("CALL_CENTER", "COMPLAINT", "LAW_PUBLIC_ORDER", "PVL", "{\"kind\":\"ANONYMOUS\"}", null),
                "applicant.kind");
    }

    @Test
    @DisplayName("an anonymous report is registered and marked for redirection")
    void anonymousReport() {
        post(Tokens.of("operator"), body("CALL_CENTER", "REPORT", "CORRUPTION_OFFICIALS", "PVL", "{\"kind\":\"ANONYMOUS\"}", null))
                .then().statusCode(201)
                .body("applicant.kind", equalTo("ANONYMOUS"))
                .body("redirectRequired", equalTo(true));
    }

    @Test
    @DisplayName("signatories 1 answers 400; 25 signatories are accepted")
    void signatories() throws Exception {
        rejected("operator", body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL", individual(null, newPhone()),
                "\"signatories\":1"), "signatories");
        post(Tokens.of("operator"), body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL", individual(null, newPhone()),
                "\"signatories\":25")).then().statusCode(201).body("signatories", equalTo(25));
    }

    @Test
    @DisplayName("an unknown property, top-level or in applicant, answers 400 naming it")
    void unknownProperties() throws Exception {
        rejected("operator", body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL", individual(null, newPhone()),
                "\"status\":\"CLOSED\""), "status");
        rejected("operator", body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL",
                "{\"kind\":\"INDIVIDUAL\",\"fullName\":\"A B\",\"phone\":\"+77012345678\",\"role\":\"admin\"}", null),
                "applicant.role");
    }

    @Test
    @DisplayName("an unknown enum value answers 400 naming the field")
    void unknownEnum() throws Exception {
        rejected("operator", IntakeFixtures.callCenter().replace("\"COMPLAINT\"", "\"WISH\""), "type");
    }

    @Test
    @DisplayName("a NUL character in the text or a code answers 400 and stores nothing")
    void nulCharacters() throws Exception {
        long before = count();
        post(Tokens.of("operator"), IntakeFixtures.callCenter().replace("\"text\":\"", "\"text\":\"a\\u0000b "))
                .then().statusCode(400).contentType("application/problem+json");
        post(Tokens.of("operator"), IntakeFixtures.callCenter().replace("\"UTIL_HEATING\"", "\"UTIL\\u0000HEATING\""))
                .then().statusCode(400).contentType("application/problem+json");
        org.assertj.core.api.Assertions.assertThat(count()).isEqualTo(before);
    }

    @Test
    @DisplayName("two JSON objects in one body answer 400")
    void trailingTokens() throws Exception {
        long before = count();
        post(Tokens.of("operator"), IntakeFixtures.callCenter() + IntakeFixtures.callCenter()).then().statusCode(400)
                .contentType("application/problem+json");
        org.assertj.core.api.Assertions.assertThat(count()).isEqualTo(before);
    }

    @Test
    @DisplayName("missing required fields answer 400 naming each")
    void missingFields() throws Exception {
        long before = count();
        post(Tokens.of("operator"), "{\"channel\":\"CALL_CENTER\"}").then().statusCode(400)
                .body("errors.field", hasItem("type"))
                .body("errors.field", hasItem("text"))
                .body("errors.field", hasItem("applicant"));
        org.assertj.core.api.Assertions.assertThat(count()).isEqualTo(before);
    }

    @Test
    @DisplayName("bytes that are not UTF-8 (overlong, encoded surrogate, cut short) and unpaired surrogate escapes answer 400")
    void notUtf8() throws Exception {
        long before = count();
        String valid = IntakeFixtures.callCenter();
        for (byte[] bad : new byte[][] {
                {(byte) 0xC0, (byte) 0xAF}, // overlong "/"
                {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // overlong "/" in three bytes
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // U+D800 encoded
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // past U+10FFFF
                {(byte) 0x80}, // stray continuation byte
                {(byte) 0xE2, (byte) 0x82}}) { // cut short
            given().auth().oauth2(Tokens.of("operator")).contentType("application/json")
                    .body(splice(valid, "\"text\":\"", bad)).post("/api/v1/appeals")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        post(Tokens.of("operator"), valid.replace("\"text\":\"", "\"text\":\"\\ud800 ")).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("text"));
        post(Tokens.of("operator"), valid.replace("\"text\":\"", "\"text\":\"\\udc00\\ud800 ")).then().statusCode(400);
        org.assertj.core.api.Assertions.assertThat(count()).isEqualTo(before);
    }

    @Test
    @DisplayName("characters outside the BMP, raw or as an escaped surrogate pair, are stored verbatim")
    void astralCharacters() {
        String text = "Crack in the wall \uD83C\uDFE0 of building 12 ";
        String raw = IntakeFixtures.callCenter().replace("\"text\":\"", "\"text\":\"" + text);
        String escaped = IntakeFixtures.callCenter().replace("\"text\":\"", "\"text\":\"Crack in the wall \\ud83c\\udfe0 of building 12 ");
        for (String body : new String[] {raw, escaped}) {
            given().auth().oauth2(Tokens.of("operator")).contentType("application/json")
                    .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/appeals")
                    .then().statusCode(201).body("text", org.hamcrest.Matchers.startsWith(text));
        }
    }

    private static byte[] splice(String body, String after, byte[] bytes) {
        int at = body.indexOf(after) + after.length();
        byte[] head = body.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = body.substring(at).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + bytes.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(bytes, 0, out, head.length, bytes.length);
        System.arraycopy(tail, 0, out, head.length + bytes.length, tail.length);
        return out;
    }
}
