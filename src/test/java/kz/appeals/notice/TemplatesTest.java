package kz.appeals.notice;

import static io.restassured.RestAssured.given;
import static kz.appeals.support.NoticeFixtures.awaitStatus;
import static kz.appeals.support.NoticeFixtures.newEmail;
import static kz.appeals.support.NoticeFixtures.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

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

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource dataSource;

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().oauth2(Tokens.of("admin")).contentType("application/json");
    }

    @Test
    @DisplayName("every seeded template passes the check a saved one must pass; each notice kind and language has one active, answer drafts at least one")
    void seeded() {
        java.util.List<Map<String, Object>> all = admin().get("/api/v1/templates").then().statusCode(200)
                .extract().jsonPath().getList("items");
        for (NoticeKind kind : NoticeKind.values()) {
            for (String language : new String[] {"ru", "kk"}) {
                java.util.List<Map<String, Object>> active = all.stream().filter(t -> kind.name().equals(t.get("kind"))
                        && language.equals(t.get("language")) && Boolean.TRUE.equals(t.get("active"))).toList();
                if (kind.notice()) {
                    assertThat(active).as("%s/%s", kind, language).hasSize(1);
                } else {
                    assertThat(active).as("%s/%s", kind, language).isNotEmpty();
                }
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
    @DisplayName("a template changed by another instance (plain SQL) is used for the next notice at once")
    void templateChangedElsewhere() throws Exception {
        String seeded;
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.ResultSet rs = c.createStatement().executeQuery("select text from notice_template where code = 'registration-kk'")) {
            rs.next();
            seeded = rs.getString(1);
        }
        // one registration first, so the templates are held in memory before the change
        awaitStatus(register(newEmail(), null, null, "kk").id(), "REGISTRATION", "SENT", Duration.ofSeconds(20));
        try {
            updateText("registration-kk", "Changed elsewhere: {registrationNumber}, code {accessCode}.");
            String email = newEmail();
            Registered r = register(email, null, null, "kk");
            awaitStatus(r.id(), "REGISTRATION", "SENT", Duration.ofSeconds(20));
            assertThat(Mailbox.read(email).get(0).body())
                    .startsWith("Changed elsewhere: " + r.number() + ", code " + r.accessCode() + ".");
        } finally {
            updateText("registration-kk", seeded);
        }
    }

    private void updateText(String code, String text) throws java.sql.SQLException {
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement st = c.prepareStatement("update notice_template set text = ? where code = ?")) {
            st.setString(1, text);
            st.setString(2, code);
            assertThat(st.executeUpdate()).isEqualTo(1);
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

    private static long assignedAppeal(String language) {
        Registered r = register(newEmail(), null, null, language);
        kz.appeals.support.CaseFixtures.done("supervisor", r.id(), "assignment",
                kz.appeals.support.CaseFixtures.assignment("PVL-HOUSING"));
        return r.id();
    }

    private static io.restassured.response.ValidatableResponse draft(String user, long id, String template) {
        return given().auth().oauth2(Tokens.of(user)).queryParam("template", template)
                .get("/api/v1/appeals/" + id + "/answer-draft").then();
    }

    @Test
    @DisplayName("GET /appeals/{id}/answer-draft?template= renders the answer template for the appeal in the applicant's language")
    void answerDraft() {
        long ru = assignedAppeal(null);
        String number = given().auth().oauth2(Tokens.of("executor")).get("/api/v1/appeals/" + ru).then().statusCode(200)
                .extract().path("registrationNumber");
        draft("executor", ru, "answer-draft-explanation-ru").statusCode(200)
                .body("template", equalTo("answer-draft-explanation-ru"))
                .body("language", equalTo("ru"))
                .body("text", org.hamcrest.Matchers.startsWith("Уважаемый(ая) Aigerim Sadykova!"))
                .body("text", containsString("Ваше обращение " + number + " от "))
                .body("text", containsString("«Heating"))
                .body("text", not(containsString("{")));
        long kk = assignedAppeal("kk");
        draft("supervisor", kk, "answer-draft-explanation-kk").statusCode(200)
                .body("language", equalTo("kk")).body("text", org.hamcrest.Matchers.startsWith("Құрметті Aigerim Sadykova!"));
        // a draft is in the applicant's language, and only from an answer template
        draft("executor", kk, "answer-draft-explanation-ru").statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("'kk'"));
        draft("executor", ru, "answer-ru").statusCode(422).body("detail", containsString("not an answer template"));
        draft("executor", ru, "no-such-template").statusCode(404);
        draft("executor", ru, null).statusCode(400);
        // the executors and supervisors read the answer templates of a language to choose from
        given().auth().oauth2(Tokens.of("executor")).queryParam("kind", "ANSWER_DRAFT").queryParam("language", "kk")
                .get("/api/v1/templates").then().statusCode(200)
                .body("items.code", hasItem("answer-draft-explanation-kk"))
                .body("items.kind", org.hamcrest.Matchers.everyItem(equalTo("ANSWER_DRAFT")))
                .body("items.language", org.hamcrest.Matchers.everyItem(equalTo("kk")));
        given().auth().oauth2(Tokens.of("executor")).queryParam("kind", "LETTER").get("/api/v1/templates")
                .then().statusCode(400);
    }

    @Test
    @DisplayName("answer-draft answers 404 out of scope (another agency, another district, not yet assigned), 403 to other roles, 401 without a token")
    void answerDraftScope() {
        long id = assignedAppeal(null);
        draft("executor2", id, "answer-draft-explanation-ru").statusCode(404);
        draft("supervisor2", id, "answer-draft-explanation-ru").statusCode(404);
        draft("chief", id, "answer-draft-explanation-ru").statusCode(200);
        draft("admin", id, "answer-draft-explanation-ru").statusCode(200);
        long unassigned = register(newEmail(), null, null, null).id();
        draft("executor", unassigned, "answer-draft-explanation-ru").statusCode(404);
        draft("executor", Long.MAX_VALUE, "answer-draft-explanation-ru").statusCode(404);
        for (String role : new String[] {"operator", "analyst"}) {
            draft(role, id, "answer-draft-explanation-ru").statusCode(403);
        }
        given().queryParam("template", "answer-draft-explanation-ru").get("/api/v1/appeals/" + id + "/answer-draft")
                .then().statusCode(401);
    }

    @Test
    @DisplayName("answer templates: several active per language, deactivated and deleted freely; an inactive one is hidden from executors")
    void answerTemplates() {
        admin().body(Map.of("code", "answer-draft-test-a", "kind", "ANSWER_DRAFT", "language", "ru",
                        "text", "Ответ по обращению {registrationNumber}: ..."))
                .post("/api/v1/templates").then().statusCode(201).body("active", equalTo(true));
        try {
            // the seeded answer template stays active beside the new one
            admin().get("/api/v1/templates/answer-draft-explanation-ru").then().statusCode(200).body("active", equalTo(true));
            admin().body(Map.of("code", "answer-draft-bad", "kind", "ANSWER_DRAFT", "language", "ru",
                            "text", "{registrationNumber}: {answer} {accessCode}"))
                    .post("/api/v1/templates").then().statusCode(400)
                    .body("errors[0].message", containsString("{answer}"))
                    .body("errors[0].message", containsString("{accessCode}"));
            long id = assignedAppeal(null);
            draft("executor", id, "answer-draft-test-a").statusCode(200).body("text", containsString("Ответ по обращению 20"));

            admin().body(Map.of("kind", "ANSWER_DRAFT", "language", "ru", "text", "Ответ: ...", "active", false))
                    .put("/api/v1/templates/answer-draft-test-a").then().statusCode(200).body("active", equalTo(false));
            given().auth().oauth2(Tokens.of("executor")).get("/api/v1/templates").then().statusCode(200)
                    .body("items.code", not(hasItem("answer-draft-test-a")));
            given().auth().oauth2(Tokens.of("executor")).get("/api/v1/templates/answer-draft-test-a").then().statusCode(404);
            draft("executor", id, "answer-draft-test-a").statusCode(404);
            admin().get("/api/v1/templates").then().statusCode(200).body("items.code", hasItem("answer-draft-test-a"));
            // a notice kind keeps its rule: the active template is not turned into an answer template
            admin().body(Map.of("kind", "ANSWER_DRAFT", "language", "ru", "text", "Продлено.", "active", true))
                    .put("/api/v1/templates/extension-ru").then().statusCode(409);
            // a recorded notice is of a notice kind
            given().auth().oauth2(Tokens.of("supervisor")).contentType("application/json")
                    .body(Map.of("kind", "ANSWER_DRAFT", "channel", "PHONE"))
                    .post("/api/v1/appeals/" + id + "/notices").then().statusCode(400);
        } finally {
            admin().delete("/api/v1/templates/answer-draft-test-a").then().statusCode(204);
        }
        admin().get("/api/v1/templates/answer-draft-test-a").then().statusCode(404);
    }
}
