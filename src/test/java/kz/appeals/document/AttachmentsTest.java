package kz.appeals.document;

import static io.restassured.RestAssured.given;
import static kz.appeals.document.AttachmentApi.body;
import static kz.appeals.document.AttachmentApi.upload;
import static kz.appeals.document.AttachmentApi.uploaded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import kz.appeals.common.AppealsConfig;
import kz.appeals.support.CaseFixtures;
import kz.appeals.support.RawHttp;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Documents of an appeal through the API: each accepted type, disguised types, the limits, the
 * download's headers, removal, and who reaches what (another district, another agency, a wrong
 * role, no token, the portal).
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class AttachmentsTest {

    @Inject
    AttachmentConfig limits;

    @Inject
    AppealsConfig appealsConfig;

    @Inject
    AgroalDataSource dataSource;

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static Response download(String user, long appealId, long attachmentId) {
        return given().auth().oauth2(Tokens.of(user)).get("/api/v1/appeals/" + appealId + "/attachments/" + attachmentId);
    }

    static List<Integer> listed(String user, long appealId) {
        return given().auth().oauth2(Tokens.of(user)).get("/api/v1/appeals/" + appealId + "/attachments")
                .then().statusCode(200).extract().jsonPath().getList("items.id", Integer.class);
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JsonPath.from(response.body()).getInt("status")).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    @DisplayName("POST /appeals/{id}/attachments takes PDF, JPEG, PNG, TIFF, DOCX and ODT, each typed from its bytes, and GET gives the same bytes back")
    void eachAcceptedType() throws Exception {
        Object[][] files = {
                {"letter.pdf", SampleFiles.pdf(), SampleFiles.PDF},
                {"photo.jpg", SampleFiles.jpeg(), SampleFiles.JPEG},
                {"scan.png", SampleFiles.png(), SampleFiles.PNG},
                {"fax.tif", SampleFiles.tiff(), SampleFiles.TIFF},
                {"answer.docx", SampleFiles.docx(), SampleFiles.DOCX},
                {"answer.odt", SampleFiles.odt(), SampleFiles.ODT}};
        long appeal = CaseFixtures.register("PVL");
        for (int i = 0; i < files.length; i++) {
            if (i % limits.maxPerAppeal() == 0 && i > 0) {
                appeal = CaseFixtures.register("PVL");
            }
            byte[] bytes = (byte[]) files[i][1];
            JsonPath a = uploaded("supervisor", appeal, "INCOMING", false, (String) files[i][0], bytes);
            assertThat(a.getString("contentType")).as((String) files[i][0]).isEqualTo(files[i][2]);
            assertThat(a.getLong("size")).isEqualTo(bytes.length);
            assertThat(a.getString("sha256")).isEqualTo(sha256(bytes));
            assertThat(a.getString("kind")).isEqualTo("INCOMING");
            assertThat(a.getBoolean("public")).isFalse();
            Response got = download("supervisor", appeal, a.getLong("id"));
            got.then().statusCode(200).header("Content-Type", equalTo((String) files[i][2]))
                    .header("ETag", equalTo("\"" + sha256(bytes) + "\""))
                    .header("Content-Length", equalTo(Integer.toString(bytes.length)));
            assertThat(got.asByteArray()).isEqualTo(bytes);
        }
    }

    @Test
    @DisplayName("the part's Content-Type is not believed: PNG bytes sent as application/pdf named .pdf are stored as image/png")
    void declaredTypeIgnored() throws Exception {
        long appeal = CaseFixtures.register("PVL");
        HttpResponse<String> r = upload(Tokens.of("operator"), appeal,
                body("INCOMING", "false", "scan.pdf", "application/pdf", SampleFiles.png()));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(JsonPath.from(r.body()).getString("contentType")).isEqualTo(SampleFiles.PNG);
    }

    @Test
    @DisplayName("a program named .pdf, a ZIP named .docx, HTML named .png and text named .pdf answer 415 problem+json and store nothing")
    void disguisedTypes() throws Exception {
        long appeal = CaseFixtures.register("PVL");
        Object[][] files = {
                {"Заявление.pdf", SampleFiles.exe(), "application/pdf"},
                {"answer.docx", SampleFiles.plainZip(), SampleFiles.DOCX},
                {"photo.png", SampleFiles.html(), "image/png"},
                {"scan.pdf", "plain words".getBytes(), "application/pdf"}};
        for (Object[] f : files) {
            HttpResponse<String> r = upload(Tokens.of("supervisor"), appeal,
                    body("INCOMING", "false", (String) f[0], (String) f[2], (byte[]) f[1]));
            assertProblem(r, 415);
        }
        assertThat(listed("supervisor", appeal)).isEmpty();
    }

    @Test
    @DisplayName("a file over the size limit answers 413, a body over the multipart cap 413 before it is read, a chunked one 411; nothing is stored")
    void sizeLimits() throws Exception {
        long appeal = CaseFixtures.register("PVL");
        int max = (int) limits.maxFileSize().asLongValue();
        byte[] big = new byte[max + 1];
        System.arraycopy(SampleFiles.pdf(), 0, big, 0, SampleFiles.pdf().length);
        assertThat(appealsConfig.http().maxMultipartBody().asLongValue()).as("the body cap lets the file through")
                .isGreaterThan(max + 1000L);
        assertProblem(upload(Tokens.of("supervisor"), appeal, body("INCOMING", "false", "big.pdf", "application/pdf", big)), 413);

        byte[] huge = new byte[(int) appealsConfig.http().maxMultipartBody().asLongValue() + 1];
        System.arraycopy(SampleFiles.pdf(), 0, huge, 0, SampleFiles.pdf().length);
        assertProblem(upload(Tokens.of("supervisor"), appeal, body("INCOMING", "false", "huge.pdf", "application/pdf", huge)), 413);

        HttpResponse<String> chunked = RawHttp.post(AttachmentApi.uri("/api/v1/appeals/" + appeal + "/attachments"),
                Tokens.of("supervisor"), AttachmentApi.MULTIPART,
                body("INCOMING", "false", "small.pdf", "application/pdf", SampleFiles.pdf()), true);
        assertProblem(chunked, 411);
        assertThat(listed("supervisor", appeal)).isEmpty();
    }

    @Test
    @DisplayName("an appeal holds at most the configured number of documents (422 past it); a removed one frees its place")
    void countLimit() throws Exception {
        long appeal = CaseFixtures.register("PVL");
        long first = 0;
        for (int i = 0; i < limits.maxPerAppeal(); i++) {
            long id = uploaded("supervisor", appeal, "INTERNAL", false, "note" + i + ".pdf", SampleFiles.pdf()).getLong("id");
            first = i == 0 ? id : first;
        }
        assertProblem(upload("supervisor", appeal, "INTERNAL", false, "one-more.pdf", SampleFiles.pdf()), 422);
        remove("supervisor", appeal, first, "Duplicate").then().statusCode(200);
        uploaded("supervisor", appeal, "INTERNAL", false, "one-more.pdf", SampleFiles.pdf());
    }

    @Test
    @DisplayName("kind missing or unknown, public INTERNAL, no file part, an empty file: 400 naming the field")
    void invalidFields() throws Exception {
        long appeal = CaseFixtures.register("PVL");
        String token = Tokens.of("supervisor");
        Object[][] cases = {
                {body(null, "false", "a.pdf", "application/pdf", SampleFiles.pdf()), "kind"},
                {body("LETTER", "false", "a.pdf", "application/pdf", SampleFiles.pdf()), "kind"},
                {body("INTERNAL", "true", "a.pdf", "application/pdf", SampleFiles.pdf()), "public"},
                {body("INCOMING", "true", "a.pdf", "application/pdf", SampleFiles.pdf()), "public"},
                {body("ANSWER", "maybe", "a.pdf", "application/pdf", SampleFiles.pdf()), "public"},
                {body("INCOMING", "false", null, null, null), "file"},
                {body("INCOMING", "false", "empty.pdf", "application/pdf", new byte[0]), "file"}};
        for (Object[] c : cases) {
            HttpResponse<String> r = upload(token, appeal, (byte[]) c[0]);
            assertProblem(r, 400);
            assertThat(JsonPath.from(r.body()).getList("errors.field")).as(r.body()).containsExactly(c[1]);
        }
        assertThat(listed("supervisor", appeal)).isEmpty();
    }

    @Test
    @DisplayName("a Cyrillic file name is kept and sent back in Content-Disposition (RFC 6266 / 8187); If-None-Match with the ETag answers 304")
    void downloadHeaders() throws Exception {
        long appeal = CaseFixtures.register("PVL");
        String name = "Ответ на обращение №5.pdf";
        JsonPath a = uploaded("supervisor", appeal, "ANSWER", false, name, SampleFiles.pdf());
        assertThat(a.getString("fileName")).isEqualTo(name);
        Response got = download("operator", appeal, a.getLong("id"));
        got.then().statusCode(200);
        assertThat(got.header("Content-Disposition")).isEqualTo(FileNames.contentDisposition(name))
                .contains("filename*=UTF-8''%D0%9E%D1%82%D0%B2%D0%B5%D1%82%20");
        given().auth().oauth2(Tokens.of("operator")).header("If-None-Match", got.header("ETag"))
                .get("/api/v1/appeals/" + appeal + "/attachments/" + a.getLong("id"))
                .then().statusCode(304);
    }

    @Test
    @DisplayName("another district's supervisor, another agency's executor and an analyst reach no document; no token is 401")
    void scope() throws Exception {
        long appeal = CaseFixtures.register("PVL");
        CaseFixtures.done("supervisor", appeal, "assignment", CaseFixtures.assignment("PVL-HOUSING"));
        long id = uploaded("executor", appeal, "ANSWER", false, "answer.pdf", SampleFiles.pdf()).getLong("id");

        assertProblem(upload("supervisor2", appeal, "INCOMING", false, "x.pdf", SampleFiles.pdf()), 404);
        assertProblem(upload("executor2", appeal, "ANSWER", false, "x.pdf", SampleFiles.pdf()), 404);
        assertProblem(upload("executor", appeal, "INCOMING", false, "x.pdf", SampleFiles.pdf()), 403);
        assertProblem(upload("analyst", appeal, "INCOMING", false, "x.pdf", SampleFiles.pdf()), 403);
        assertProblem(upload("admin", appeal, "INCOMING", false, "x.pdf", SampleFiles.pdf()), 403);
        HttpResponse<String> anonymous = RawHttp.post(AttachmentApi.uri("/api/v1/appeals/" + appeal + "/attachments"),
                "", AttachmentApi.MULTIPART, body("INCOMING", "false", "x.pdf", "application/pdf", SampleFiles.pdf()), false);
        assertThat(anonymous.statusCode()).isEqualTo(401);

        for (String outsider : List.of("supervisor2", "executor2")) {
            given().auth().oauth2(Tokens.of(outsider)).get("/api/v1/appeals/" + appeal + "/attachments").then().statusCode(404);
            download(outsider, appeal, id).then().statusCode(404);
        }
        download("analyst", appeal, id).then().statusCode(403);
        given().get("/api/v1/appeals/" + appeal + "/attachments/" + id).then().statusCode(401);
        // the document of one appeal is not reached through another the caller may read
        long other = CaseFixtures.register("PVL");
        download("supervisor", other, id).then().statusCode(404);
        download("executor", appeal, id).then().statusCode(200);
        assertThat(listed("admin", appeal)).containsExactly((int) id);
    }

    @Test
    @DisplayName("the portal attaches the citizen's papers to its own PORTAL appeals only, and reads none")
    void portal() throws Exception {
        long portalAppeal = PublicDocumentsTest.portalAppeal().id();
        uploaded("portal", portalAppeal, "INCOMING", false, "passport-scan.jpg", SampleFiles.jpeg());
        assertProblem(upload("portal", portalAppeal, "ANSWER", false, "x.pdf", SampleFiles.pdf()), 403);
        assertProblem(upload("portal", CaseFixtures.register("PVL"), "INCOMING", false, "x.pdf", SampleFiles.pdf()), 404);
        given().auth().oauth2(Tokens.portal()).get("/api/v1/appeals/" + portalAppeal + "/attachments").then().statusCode(403);
        assertThat(listed("supervisor", portalAppeal)).hasSize(1);
    }

    static Response remove(String user, long appeal, long id, String reason) {
        return given().auth().oauth2(Tokens.of(user)).contentType("application/json")
                .body(reason == null ? Map.of() : Map.of("reason", reason))
                .delete("/api/v1/appeals/" + appeal + "/attachments/" + id);
    }

    @Test
    @DisplayName("DELETE by a supervisor with a reason marks the document removed: it leaves the list, its download is 410, the bytes stay, the timeline tells")
    void removal() throws Exception {
        long appeal = CaseFixtures.register("PVL");
        long id = uploaded("operator", appeal, "INCOMING", false, "wrong-person.pdf", SampleFiles.pdf()).getLong("id");
        remove("operator", appeal, id, "not mine").then().statusCode(403);
        remove("supervisor2", appeal, id, "not mine").then().statusCode(404);
        remove("supervisor", appeal, id, null).then().statusCode(400);
        remove("supervisor", appeal, id, "A scan of another applicant's passport").then().statusCode(200)
                .body("removedBy", equalTo("supervisor"))
                .body("removalReason", equalTo("A scan of another applicant's passport"));
        remove("supervisor", appeal, id, "again").then().statusCode(409);

        assertThat(listed("supervisor", appeal)).isEmpty();
        assertThat(given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + appeal + "/attachments?removed=true")
                .then().statusCode(200).extract().jsonPath().getList("items.id", Integer.class)).containsExactly((int) id);
        download("supervisor", appeal, id).then().statusCode(410);

        List<String> kinds = given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + appeal + "/events")
                .then().statusCode(200).extract().jsonPath().getList("items.kind");
        assertThat(kinds).contains("ATTACHMENT_ADDED", "ATTACHMENT_REMOVED");
        String note = given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + appeal + "/events")
                .then().extract().jsonPath().getString("items.find { it.kind == 'ATTACHMENT_REMOVED' }.note");
        assertThat(note).contains("wrong-person.pdf").contains("A scan of another applicant's passport");

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("select b.size from attachment a join document_blob b on 'pg:' || b.id = a.storage_key"
                    + " where a.id = " + id);
            assertThat(rs.next()).as("the bytes are kept").isTrue();
            assertThat(rs.getLong(1)).isEqualTo(SampleFiles.pdf().length);
        }
    }

    @Test
    @DisplayName("a staff download is a read of the applicant's personal data: recorded in the access log with its endpoint")
    void downloadIsRecorded() throws Exception {
        long appeal = CaseFixtures.register("PVL");
        long id = uploaded("operator", appeal, "INCOMING", false, "passport.jpg", SampleFiles.jpeg()).getLong("id");
        download("supervisor", appeal, id).then().statusCode(200);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                var rs = s.executeQuery("select count(*) from personal_data_access where appeal_id = " + appeal
                        + " and username = 'supervisor' and endpoint = 'GET /api/v1/appeals/{id}/attachments/{aid}'");
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        });
    }

    @Test
    @DisplayName("the database keeps documents: a row cannot be deleted, nor changed but by its one removal")
    void keptByTheDatabase() throws Exception {
        long appeal = CaseFixtures.register("PVL");
        long id = uploaded("operator", appeal, "INCOMING", false, "kept.pdf", SampleFiles.pdf()).getLong("id");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : List.of("delete from attachment where id = " + id,
                    "update attachment set file_name = 'other.pdf' where id = " + id,
                    "update attachment set public_file = true, kind = 'ANSWER' where id = " + id)) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute(sql)).as(sql)
                        .isInstanceOf(SQLException.class);
            }
        }
        download("operator", appeal, id).then().statusCode(200);
    }
}
