package kz.appeals.document;

import static io.restassured.RestAssured.given;
import static kz.appeals.document.AttachmentApi.uploaded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The citizen's side of documents: the tracking page lists the public answer letters, which the
 * holder of the access code downloads; nothing else is reachable without a token.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class PublicDocumentsTest {
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    /** A PORTAL appeal in Pavlodar, with its number and access code. */
    record PortalAppeal(long id, String number, String code) {
    }

    static PortalAppeal portalAppeal() {
        String applicant = IntakeFixtures.individual(IntakeFixtures.newIin(), IntakeFixtures.newPhone());
        Response r = IntakeFixtures.post(Tokens.portal(),
                IntakeFixtures.body("PORTAL", "INQUIRY", "EDU_KINDERGARTEN", "PVL", applicant, null),
                UUID.randomUUID().toString());
        r.then().statusCode(201);
        return new PortalAppeal(((Number) r.path("id")).longValue(), r.path("registrationNumber"), r.path("accessCode"));
    }

    /** Every request from its own address (10.x is not a trusted proxy): no test meets another's wrong-code limit. */
    static Response publicGet(String path, String code) {
        int n = CLIENTS.incrementAndGet();
        return given().header("X-Access-Code", code).header("X-Forwarded-For", "10.77." + (n >> 8 & 0xff) + "." + (n & 0xff))
                .get("/api/v1/public/appeals/" + path);
    }

    @Test
    @DisplayName("the tracking page lists public answer letters only, and the access code downloads them with their name and type")
    void publicAnswer() throws Exception {
        PortalAppeal appeal = portalAppeal();
        long letter = uploaded("supervisor", appeal.id(), "ANSWER", true, "Ответ.pdf", SampleFiles.pdf()).getLong("id");
        long draft = uploaded("supervisor", appeal.id(), "ANSWER", false, "draft.docx", SampleFiles.docx()).getLong("id");
        long internal = uploaded("supervisor", appeal.id(), "INTERNAL", false, "memo.pdf", SampleFiles.pdf()).getLong("id");
        long incoming = uploaded("portal", appeal.id(), "INCOMING", false, "scan.png", SampleFiles.png()).getLong("id");

        Response tracking = publicGet(appeal.number(), appeal.code());
        tracking.then().statusCode(200);
        assertThat(tracking.jsonPath().getList("attachments.id", Long.class)).containsExactly(letter);
        assertThat(tracking.jsonPath().getString("attachments[0].fileName")).isEqualTo("Ответ.pdf");
        assertThat(tracking.jsonPath().getList("replies.kind")).contains("ATTACHMENT_ADDED");
        assertThat(tracking.asString()).doesNotContain("memo.pdf").doesNotContain("draft.docx").doesNotContain("scan.png");

        Response got = publicGet(appeal.number() + "/attachments/" + letter, appeal.code());
        got.then().statusCode(200).header("Content-Type", equalTo(SampleFiles.PDF))
                .header("Content-Disposition", equalTo(FileNames.contentDisposition("Ответ.pdf")));
        assertThat(got.asByteArray()).isEqualTo(SampleFiles.pdf());

        for (long hidden : List.of(draft, internal, incoming)) {
            Response r = publicGet(appeal.number() + "/attachments/" + hidden, appeal.code());
            r.then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    @DisplayName("a wrong code, another appeal's code, or another appeal's letter answer 404; a removed letter leaves the page")
    void wrongCodes() throws Exception {
        PortalAppeal appeal = portalAppeal();
        PortalAppeal other = portalAppeal();
        long letter = uploaded("supervisor", appeal.id(), "ANSWER", true, "answer.pdf", SampleFiles.pdf()).getLong("id");
        long otherLetter = uploaded("supervisor", other.id(), "ANSWER", true, "theirs.pdf", SampleFiles.pdf()).getLong("id");

        publicGet(appeal.number() + "/attachments/" + letter, "AAAA-BBBB-CCCC").then().statusCode(404);
        publicGet(appeal.number() + "/attachments/" + letter, other.code()).then().statusCode(404);
        publicGet(appeal.number() + "/attachments/" + otherLetter, appeal.code()).then().statusCode(404);
        given().get("/api/v1/public/appeals/" + appeal.number() + "/attachments/" + letter).then().statusCode(400);

        given().auth().oauth2(Tokens.of("supervisor")).contentType("application/json")
                .body(Map.of("reason", "Sent to the wrong applicant"))
                .delete("/api/v1/appeals/" + appeal.id() + "/attachments/" + letter).then().statusCode(200);
        publicGet(appeal.number() + "/attachments/" + letter, appeal.code()).then().statusCode(404);
        assertThat(publicGet(appeal.number(), appeal.code()).jsonPath().getList("attachments")).isEmpty();
    }
}
