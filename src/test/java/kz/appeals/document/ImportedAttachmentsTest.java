package kz.appeals.document;

import static io.restassured.RestAssured.given;
import static kz.appeals.support.Zips.zip;
import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.appeals.common.BodyLimits;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import kz.appeals.support.Zips;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A historical register keeps its letters: documents given inline in the NDJSON import. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class ImportedAttachmentsTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    BodyLimits limits;

    static String line(String ref, String attachments) {
        return "{\"externalRef\":\"" + ref + "\",\"channel\":\"WRITTEN\",\"type\":\"STATEMENT\","
                + "\"topicCode\":\"HOUSING_QUEUE\",\"districtCode\":\"PVL\",\"text\":\"Please confirm my place in the queue.\","
                + "\"applicant\":{\"kind\":\"INDIVIDUAL\",\"fullName\":\"Marat Ospanov\",\"iin\":\"" + IntakeFixtures.newIin() + "\"},"
                + "\"receivedAt\":\"2024-05-06T10:00:00+05:00\","
                + "\"resolution\":{\"agencyCode\":\"PVL-HOUSING\",\"resolvedAt\":\"2024-05-20T16:00:00+05:00\","
                + "\"outcome\":\"POSITIVE\",\"answer\":\"Your place is confirmed.\"},"
                + "\"attachments\":[" + attachments + "]}";
    }

    static String attachment(String kind, String name, byte[] bytes, boolean isPublic) {
        return "{\"kind\":\"" + kind + "\",\"fileName\":\"" + name + "\",\"public\":" + isPublic
                + ",\"contentBase64\":\"" + Base64.getEncoder().encodeToString(bytes) + "\"}";
    }

    long appealId(String ref) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select id from appeal where external_ref = ?")) {
            s.setString(1, ref);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as(ref).isTrue();
                return rs.getLong(1);
            }
        }
    }

    @Test
    @DisplayName("POST /imports/appeals attaches inline documents, rejects lines with a disguised type, bad base64 or a public INTERNAL, and a re-import adds none")
    void inlineDocuments() throws Exception {
        String p = "DOC-" + UUID.randomUUID();
        String file = String.join("\n",
                line(p + "-1", attachment("INCOMING", "Заявление.pdf", SampleFiles.pdf(), false) + ","
                        + attachment("ANSWER", "Ответ.png", SampleFiles.png(), true)),
                line(p + "-2", attachment("INCOMING", "letter.pdf", SampleFiles.exe(), false)),
                line(p + "-3", "{\"kind\":\"INCOMING\",\"fileName\":\"a.pdf\",\"contentBase64\":\"not base64!\"}"),
                line(p + "-4", attachment("INTERNAL", "memo.pdf", SampleFiles.pdf(), true))) + "\n";
        byte[] body = file.getBytes(StandardCharsets.UTF_8);
        JsonPath report = given().auth().oauth2(Tokens.of("admin")).contentType("application/x-ndjson").body(body)
                .post("/api/v1/imports/appeals").then().statusCode(200)
                .body("imported", equalTo(1)).body("rejected", equalTo(3))
                .extract().jsonPath();
        assertThat(report.getList("errors.line", Integer.class)).containsExactly(2, 3, 4);
        assertThat(report.getList("errors[0].errors.field", String.class)).containsExactly("attachments[0].contentBase64");
        assertThat(report.getList("errors[1].errors.field", String.class)).containsExactly("attachments[0].contentBase64");
        assertThat(report.getList("errors[2].errors.field", String.class)).containsExactly("attachments[0].public");

        long id = appealId(p + "-1");
        JsonPath list = letterAndAnswer(id);
        long letter = list.getLong("items[1].id");
        assertThat(bytes(id, letter)).isEqualTo(SampleFiles.png());

        given().auth().oauth2(Tokens.of("admin")).contentType("application/x-ndjson").body(body)
                .post("/api/v1/imports/appeals").then().statusCode(200).body("imported", equalTo(0)).body("skipped", equalTo(1));
        assertThat(given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + id + "/attachments")
                .then().extract().jsonPath().getList("items.id")).hasSize(2);
    }

    /** The appeal's documents as both imports here make them: the letter (PDF, internal), then the answer (PNG, public). */
    private static JsonPath letterAndAnswer(long id) {
        JsonPath list = given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + id + "/attachments")
                .then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("items.fileName", String.class)).containsExactly("Заявление.pdf", "Ответ.png");
        assertThat(list.getList("items.contentType", String.class)).containsExactly(SampleFiles.PDF, SampleFiles.PNG);
        assertThat(list.getList("items.public", Boolean.class)).containsExactly(false, true);
        return list;
    }

    private static byte[] bytes(long id, long attachment) {
        return given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + id + "/attachments/" + attachment)
                .then().statusCode(200).extract().asByteArray();
    }

    static String byPath(String kind, String name, String path, boolean isPublic) {
        return "{\"kind\":\"" + kind + "\",\"fileName\":\"" + name + "\",\"public\":" + isPublic
                + ",\"path\":\"" + path + "\"}";
    }

    @Test
    @DisplayName("POST /imports/appeals as a ZIP batch attaches the files its lines name by path; a missing, disguised, too large or escaping path rejects the line")
    void batchDocuments() throws Exception {
        String p = "ZIP-" + UUID.randomUUID();
        byte[] tooLarge = new byte[2 * 1024 * 1024 + 1];
        System.arraycopy(SampleFiles.pdf(), 0, tooLarge, 0, SampleFiles.pdf().length);
        String register = String.join("\n",
                line(p + "-1", byPath("INCOMING", "Заявление.pdf", "letters/" + p + "-1.pdf", false) + ","
                        + byPath("ANSWER", "Ответ.png", "answers/" + p + "-1.png", true)),
                line(p + "-2", byPath("INCOMING", "a.pdf", "letters/missing.pdf", false)),
                line(p + "-3", byPath("INCOMING", "letter.pdf", "letters/disguised.pdf", false)),
                line(p + "-4", byPath("INCOMING", "big.pdf", "letters/big.pdf", false)),
                line(p + "-5", byPath("INCOMING", "passwd.pdf", "../letters/" + p + "-1.pdf", false)),
                line(p + "-6", "{\"kind\":\"INCOMING\",\"fileName\":\"a.pdf\",\"path\":\"letters/" + p
                        + "-1.pdf\",\"contentBase64\":\"" + Base64.getEncoder().encodeToString(SampleFiles.pdf()) + "\"}"))
                + "\n";
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("appeals.ndjson", register.getBytes(StandardCharsets.UTF_8));
        files.put("letters/" + p + "-1.pdf", SampleFiles.pdf());
        files.put("answers/" + p + "-1.png", SampleFiles.png());
        files.put("letters/disguised.pdf", SampleFiles.exe());
        files.put("letters/big.pdf", tooLarge);
        byte[] batch = zip(files);

        JsonPath report = given().auth().oauth2(Tokens.of("admin")).contentType("application/zip").body(batch)
                .post("/api/v1/imports/appeals").then().statusCode(200)
                .body("imported", equalTo(1)).body("rejected", equalTo(5))
                .extract().jsonPath();
        assertThat(report.getList("errors.line", Integer.class)).containsExactly(2, 3, 4, 5, 6);
        for (int i = 0; i < 4; i++) {
            assertThat(report.getList("errors[" + i + "].errors.field", String.class)).as("line %d", i + 2)
                    .containsExactly("attachments[0].path");
        }
        assertThat(report.getString("errors[0].errors[0].message")).contains("no file letters/missing.pdf");
        assertThat(report.getString("errors[1].errors[0].message")).contains("not an accepted type");
        assertThat(report.getString("errors[2].errors[0].message")).contains("is larger than");
        assertThat(report.getString("errors[3].errors[0].message")).contains("relative path");
        assertThat(report.getList("errors[4].errors.field", String.class)).containsExactly("attachments[0]");

        long id = appealId(p + "-1");
        JsonPath list = letterAndAnswer(id);
        assertThat(bytes(id, list.getLong("items[0].id"))).isEqualTo(SampleFiles.pdf());

        // the same batch again changes nothing
        given().auth().oauth2(Tokens.of("admin")).contentType("application/zip").body(batch)
                .post("/api/v1/imports/appeals").then().statusCode(200).body("imported", equalTo(0)).body("skipped", equalTo(1));
        assertThat(given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + id + "/attachments")
                .then().extract().jsonPath().getList("items.id")).hasSize(2);
    }

    @Test
    @DisplayName("POST /imports/appeals with a ZIP holding two entries of one name, the register or a document, answers"
            + " 422 problem+json naming the entry and imports nothing")
    void entryNamedTwice() throws Exception {
        String p = "ZIPDUP-" + UUID.randomUUID();
        // two registers: ZipFile reads the last one, ZipOutputStream refuses to write them, so one is renamed after
        Map<String, byte[]> registers = new java.util.LinkedHashMap<>();
        registers.put("appeals.ndjson", (line(p + "-1", attachment("INCOMING", "a.pdf", SampleFiles.pdf(), false)) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        registers.put("appeals.ndjsoX", (line(p + "-2", attachment("INCOMING", "a.pdf", SampleFiles.pdf(), false)) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        // two letters of one path: which one is the appeal's?
        Map<String, byte[]> letters = new java.util.LinkedHashMap<>();
        letters.put("appeals.ndjson", (line(p + "-3", byPath("INCOMING", "a.pdf", "letters/a.pdf", false)) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        letters.put("letters/a.pdf", SampleFiles.pdf());
        letters.put("letters/b.pdf", SampleFiles.png());
        for (byte[] batch : List.of(Zips.renamed(zip(registers), "appeals.ndjsoX", "appeals.ndjson"),
                Zips.renamed(zip(letters), "letters/b.pdf", "letters/a.pdf"))) {
            given().auth().oauth2(Tokens.of("admin")).contentType("application/zip").body(batch)
                    .post("/api/v1/imports/appeals").then().statusCode(422).contentType("application/problem+json")
                    .body("status", equalTo(422))
                    .body("detail", org.hamcrest.Matchers.containsString("more than one entry named \""));
        }
        given().auth().oauth2(Tokens.of("admin")).contentType("application/zip")
                .body(Zips.renamed(zip(letters), "letters/b.pdf", "letters/a.pdf")).post("/api/v1/imports/appeals")
                .then().body("detail", org.hamcrest.Matchers.containsString("\"letters/a.pdf\""));
        assertThat(stored(p + "-%")).isZero();
    }

    @Test
    @DisplayName("POST /imports/appeals with a ZIP whose entries expand past appeals.http.max-import-expanded answers 413"
            + " problem+json and imports nothing, also when the archive declares small sizes; at the cap it imports")
    void expandedPastTheCap() throws Exception {
        long cap = limits.maxImportExpanded();
        String p = "ZIPBOMB-" + UUID.randomUUID();
        // a few kilobytes of ZIP: zeros compress a thousandfold
        byte[] past = batchOf(p + "-1", cap + 1);
        given().auth().oauth2(Tokens.of("admin")).contentType("application/zip").body(past)
                .post("/api/v1/imports/appeals").then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", org.hamcrest.Matchers.containsString("appeals.http.max-import-expanded"));
        // the same archive saying its padding holds 10 bytes: the bytes are counted, not the headers
        given().auth().oauth2(Tokens.of("admin")).contentType("application/zip")
                .body(Zips.central(past, "padding.bin", Zips.SIZE, 10))
                .post("/api/v1/imports/appeals").then().statusCode(413).contentType("application/problem+json");
        assertThat(stored(p + "-1")).isZero();

        given().auth().oauth2(Tokens.of("admin")).contentType("application/zip").body(batchOf(p + "-2", cap))
                .post("/api/v1/imports/appeals").then().statusCode(200).body("imported", equalTo(1));
        assertThat(stored(p + "-2")).isEqualTo(1);
    }

    /** A batch of one line with its letter, padded with zeros to {@code expanded} bytes in all. */
    private static byte[] batchOf(String ref, long expanded) throws java.io.IOException {
        byte[] register = (line(ref, byPath("INCOMING", "a.pdf", "letters/a.pdf", false)) + "\n").getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("appeals.ndjson", register);
        files.put("letters/a.pdf", SampleFiles.pdf());
        files.put("padding.bin", new byte[Math.toIntExact(expanded - register.length - SampleFiles.pdf().length)]);
        return zip(files);
    }

    private long stored(String refLike) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from appeal where external_ref like ?")) {
            s.setString(1, refLike);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    @DisplayName("a path in a plain NDJSON import, a body that is no ZIP, a ZIP without a register, or a non-admin answer as they should and import nothing")
    void batchRefusals() throws Exception {
        String ref = "ZIPNO-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.of("admin")).contentType("application/x-ndjson")
                .body((line(ref, byPath("INCOMING", "a.pdf", "letters/a.pdf", false)) + "\n").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/appeals").then().statusCode(200).body("rejected", equalTo(1))
                .body("errors[0].errors[0].field", equalTo("attachments[0].path"))
                .body("errors[0].errors[0].message", org.hamcrest.Matchers.containsString("application/zip"));
        given().auth().oauth2(Tokens.of("admin")).contentType("application/zip").body("not a zip".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/appeals").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("admin")).contentType("application/zip")
                .body(zip(Map.of("letters/a.pdf", SampleFiles.pdf())))
                .post("/api/v1/imports/appeals").then().statusCode(422).contentType("application/problem+json");
        byte[] batch = zip(Map.of("appeals.ndjson", (line(ref, byPath("INCOMING", "a.pdf", "a.pdf", false)) + "\n")
                .getBytes(StandardCharsets.UTF_8), "a.pdf", SampleFiles.pdf()));
        given().auth().oauth2(Tokens.of("supervisor")).contentType("application/zip").body(batch)
                .post("/api/v1/imports/appeals").then().statusCode(403);
        // a register whose compressed bytes end early (its size in the central directory cut to 3): 422, not 500
        byte[] damaged = zip(Map.of("appeals.ndjson", (line(ref, byPath("INCOMING", "a.pdf", "a.pdf", false)) + "\n")
                .repeat(20).getBytes(StandardCharsets.UTF_8)));
        damaged = Zips.central(damaged, "appeals.ndjson", Zips.COMPRESSED_SIZE, 3);
        given().auth().oauth2(Tokens.of("admin")).contentType("application/zip").body(damaged)
                .post("/api/v1/imports/appeals").then().statusCode(422).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("damaged"));
        assertThat(stored(ref)).isZero();
    }
}
