package kz.appeals.notice;

import static io.restassured.RestAssured.given;
import static kz.appeals.support.NoticeFixtures.awaitStatus;
import static kz.appeals.support.NoticeFixtures.newEmail;
import static kz.appeals.support.NoticeFixtures.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import kz.appeals.support.Mailbox;
import kz.appeals.support.NoticeFixtures.Registered;
import kz.appeals.support.NoticePeers;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** /api/v1/templates: checked on save, one active per kind and language, used for the next notice. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
@WithTestResource(NoticePeers.class)
class TemplatesTest {

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().oauth2(Tokens.of("admin")).contentType("application/json");
    }

    @Test
    @DisplayName("every seeded template passes the check a saved one must pass, and each kind and language has one active")
    void seeded() {
        java.util.List<Map<String, Object>> all = admin().get("/api/v1/templates").then().statusCode(200)
                .extract().jsonPath().getList("items");
        for (NoticeKind kind : NoticeKind.values()) {
            for (String language : new String[] {"ru", "kk"}) {
                assertThat(all).filteredOn(t -> kind.name().equals(t.get("kind")) && language.equals(t.get("language"))
                        && Boolean.TRUE.equals(t.get("active"))).as("%s/%s", kind, language).hasSize(1);
            }
        }
        for (Map<String, Object> t : all) {
            kz.appeals.common.Errors errors = new kz.appeals.common.Errors();
            TemplateText.check((String) t.get("text"), NoticeKind.valueOf((String) t.get("kind")), "text", errors);
            assertThat(errors.list()).as((String) t.get("code")).isEmpty();
        }
    }

    @Test
    @DisplayName("POST /templates with an unknown placeholder answers 400 naming it, and stores nothing")
    void unknownPlaceholder() {
        admin().body(Map.of("code", "bad-ru", "kind", "EXTENSION", "language", "ru",
                        "text", "Продлено до {dueOn}. {accessCode} {applicantSurname}"))
                .post("/api/v1/templates").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"))
                .body("errors[0].message", containsString("{accessCode}"))
                .body("errors[0].message", containsString("{applicantSurname}"));
        admin().body(Map.of("code", "bad-ru", "kind", "EXTENSION", "language", "ru", "text", "Продлено до {dueOn"))
                .post("/api/v1/templates").then().statusCode(400);
        admin().body(Map.of("code", "bad-ru", "kind", "EXTENSION", "language", "ru", "text", "x", "colour", "red"))
                .post("/api/v1/templates").then().statusCode(400);
        admin().get("/api/v1/templates/bad-ru").then().statusCode(404);
    }

    @Test
    @DisplayName("an admin's new active template is used for the next notice; the old one is retired, not deleted")
    void newActiveTemplate() {
        admin().body(Map.of("code", "answer-kk-short", "kind", "ANSWER", "language", "kk",
                        "text", "{registrationNumber}: {outcome}. {answer}"))
                .post("/api/v1/templates").then().statusCode(201).body("active", equalTo(true));
        admin().get("/api/v1/templates/answer-kk").then().statusCode(200).body("active", equalTo(false));
        admin().body(Map.of("code", "reg-kk-2", "kind", "REGISTRATION", "language", "kk",
                        "text", "Тіркелді: {registrationNumber}, код {accessCode}, мерзімі {dueOn}."))
                .post("/api/v1/templates").then().statusCode(201);
        try {
            String email = newEmail();
            Registered r = register(email, null, null, "kk");
            awaitStatus(r.id(), "REGISTRATION", "SENT", Duration.ofSeconds(20));
            assertThat(Mailbox.read(email).get(0).body()).startsWith("Тіркелді: " + r.number() + ", код " + r.accessCode());
        } finally {
            // the seeded templates take over again; the test's own are deleted once retired
            for (String code : new String[] {"registration-kk", "answer-kk"}) {
                Map<String, Object> seeded = admin().get("/api/v1/templates/" + code).then().statusCode(200)
                        .extract().jsonPath().getMap("$");
                admin().body(Map.of("kind", seeded.get("kind"), "language", "kk", "text", seeded.get("text"), "active", true))
                        .put("/api/v1/templates/" + code).then().statusCode(200).body("active", equalTo(true));
            }
            admin().delete("/api/v1/templates/reg-kk-2").then().statusCode(204);
            admin().delete("/api/v1/templates/answer-kk-short").then().statusCode(204);
        }
    }

    @Test
    @DisplayName("the active template can be neither deactivated nor deleted (409); others read, only admin writes")
    void rules() {
        admin().body(Map.of("kind", "EXTENSION", "language", "ru", "text", "Продлено до {dueOn}.", "active", false))
                .put("/api/v1/templates/extension-ru").then().statusCode(409);
        admin().delete("/api/v1/templates/extension-ru").then().statusCode(409);
        admin().body(Map.of("code", "other", "kind", "EXTENSION", "language", "ru", "text", "Продлено до {dueOn}."))
                .put("/api/v1/templates/extension-ru").then().statusCode(400);
        given().auth().oauth2(Tokens.of("executor")).get("/api/v1/templates").then().statusCode(200)
                .body("items.code", hasItem("answer-ru"));
        given().auth().oauth2(Tokens.of("supervisor")).contentType("application/json")
                .body(Map.of("code", "sup", "kind", "EXTENSION", "language", "ru", "text", "Продлено до {dueOn}."))
                .post("/api/v1/templates").then().statusCode(403);
        given().auth().oauth2(Tokens.of("analyst")).get("/api/v1/templates").then().statusCode(403);
        given().get("/api/v1/templates").then().statusCode(401);
    }
}
