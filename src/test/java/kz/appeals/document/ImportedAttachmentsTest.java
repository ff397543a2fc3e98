package kz.appeals.document;

import static io.restassured.RestAssured.given;
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
import java.util.UUID;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A historical register keeps its letters: documents given inline in the NDJSON import. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class ImportedAttachmentsTest {

    @Inject
    AgroalDataSource dataSource;

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
        JsonPath list = given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + id + "/attachments")
                .then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("items.fileName", String.class)).containsExactly("Заявление.pdf", "Ответ.png");
        assertThat(list.getList("items.contentType", String.class)).containsExactly(SampleFiles.PDF, SampleFiles.PNG);
        assertThat(list.getList("items.public", Boolean.class)).containsExactly(false, true);
        long letter = list.getLong("items[1].id");
        assertThat(given().auth().oauth2(Tokens.of("supervisor"))
                .get("/api/v1/appeals/" + id + "/attachments/" + letter).then().statusCode(200)
                .extract().asByteArray()).isEqualTo(SampleFiles.png());

        given().auth().oauth2(Tokens.of("admin")).contentType("application/x-ndjson").body(body)
                .post("/api/v1/imports/appeals").then().statusCode(200).body("imported", equalTo(0)).body("skipped", equalTo(1));
        assertThat(given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + id + "/attachments")
                .then().extract().jsonPath().getList("items.id")).hasSize(2);
    }
}
