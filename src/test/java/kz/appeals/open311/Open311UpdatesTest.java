package kz.appeals.open311;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.xml.XmlPath;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.appeals.support.CaseFixtures;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.TestInfrastructure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The life of a request as the updates feed and GET requests tell it, and what they never tell. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class Open311UpdatesTest {
    private static final String W3C = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+05:00";

    private static String since;

    private static String window() {
        String end = OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5).withNano(0).toString();
        return "start_date=" + since + "&end_date=" + end;
    }

    /** The feed's entries of one request, from XML and from JSON, which must agree. */
    private static List<Map<String, Object>> updatesOf(String number) {
        JsonPath json = given().get(Open311Api.BASE + "servicerequestupdates.json?" + window().replace("+", "%2B"))
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
        List<Map<String, Object>> fromJson = new ArrayList<>(json.<Map<String, Object>>getList("$").stream()
                .filter(u -> number.equals(u.get("service_request_id"))).toList());
        XmlPath xml = given().get(Open311Api.BASE + "servicerequestupdates.xml?" + window().replace("+", "%2B"))
                .then().statusCode(200).contentType("text/xml").extract().xmlPath();
        List<String> xmlStatuses = xml.getList("service_request_updates.request_update.findAll { it.service_request_id == '"
                + number + "' }.status");
        List<String> xmlIds = xml.getList("service_request_updates.request_update.findAll { it.service_request_id == '"
                + number + "' }.update_id");
        assertThat(xmlStatuses).isEqualTo(fromJson.stream().map(u -> u.get("status")).toList());
        assertThat(xmlIds).isEqualTo(fromJson.stream().map(u -> u.get("update_id")).toList());
        return fromJson;
    }

    @Test
    @DisplayName("registered, assigned, a public note, answered and closed: OPEN, IN_PROGRESS, IN_PROGRESS, FIXED")
    void lifeOfARequest() {
        since = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).withNano(0).toString();
        String key = Open311Api.issueKey("Updates client", null);
        String number = Open311Api.file(Open311Api.form(key));
        long id = ((Number) Open311GatewayTest.staffView(number).get("id")).longValue();

        assertThat(updatesOf(number)).extracting(u -> u.get("status")).containsExactly("OPEN");
        CaseFixtures.done("supervisor", id, "assignment", Map.of("agencyCode", "PVL-HOUSING",
                "note", "internal-instruction-do-not-publish"));
        CaseFixtures.done("executor", id, "progress", CaseFixtures.progress("internal-progress-secret", false));
        CaseFixtures.done("executor", id, "progress", CaseFixtures.progress("A crew inspects the heating today.", true));
        Open311Api.get("requests/" + number + ".json").then().statusCode(200)
                .body("[0].status", org.hamcrest.Matchers.equalTo("open"))
                .body("[0].agency_responsible", org.hamcrest.Matchers.notNullValue());
        CaseFixtures.done("executor", id, "resolution", CaseFixtures.resolution("POSITIVE",
                "The valve was replaced; the heating works again."));
        // The answer awaits the control officer: the request is still open, nothing published yet.
        Open311Api.get("requests/" + number + ".xml").then().statusCode(200)
                .body("service_requests.request.status", org.hamcrest.Matchers.equalTo("open"));
        CaseFixtures.done("supervisor", id, "closure", Map.of());

        List<Map<String, Object>> updates = updatesOf(number);
        assertThat(updates).extracting(u -> u.get("status")).containsExactly("OPEN", "IN_PROGRESS", "IN_PROGRESS", "FIXED");
        assertThat((String) updates.get(0).get("description")).contains("Registered under number " + number);
        assertThat((String) updates.get(1).get("description")).isEqualTo("Passed to the competent agency for consideration");
        assertThat((String) updates.get(2).get("description")).isEqualTo("A crew inspects the heating today.");
        assertThat((String) updates.get(3).get("description")).contains("The valve was replaced");
        assertThat(updates).allSatisfy(u -> {
            assertThat((String) u.get("updated_datetime")).matches(W3C);
            assertThat(u.get("update_id")).isInstanceOf(String.class);
        });
        assertThat(updates.toString()).doesNotContain("internal-instruction-do-not-publish", "internal-progress-secret");

        JsonPath request = Open311Api.get("requests/" + number + ".json").then().statusCode(200).extract().jsonPath();
        assertThat(request.getString("[0].status")).isEqualTo("closed");
        assertThat(request.getString("[0].status_notes")).isEqualTo("The valve was replaced; the heating works again.");
        assertThat(request.getString("[0].updated_datetime")).isEqualTo(updates.get(3).get("updated_datetime"));
        Open311Api.get("requests/" + number + ".xml").then().statusCode(200)
                .body("service_requests.request.status_notes", containsString("valve"));

        // Reopened on the applicant's objection: the feed tells it, and the old closure no longer reads FIXED.
        CaseFixtures.done("supervisor", id, "reopening", CaseFixtures.reason("The applicant says it is cold again"));
        List<Map<String, Object>> after = updatesOf(number);
        assertThat(after).extracting(u -> u.get("status")).containsExactly("OPEN", "IN_PROGRESS", "IN_PROGRESS", "CLOSED",
                "IN_PROGRESS");
    }

    @Test
    @DisplayName("a public entry written after the closure (the notice of the answer) still reads FIXED, not CLOSED")
    void entriesAfterTheClosureKeepItsStatus() {
        since = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).withNano(0).toString();
        String key = Open311Api.issueKey("Updates after closure", null);
        String number = Open311Api.file(Open311Api.form(key));
        long id = ((Number) Open311GatewayTest.staffView(number).get("id")).longValue();
        CaseFixtures.done("supervisor", id, "assignment", Map.of("agencyCode", "PVL-HOUSING"));
        CaseFixtures.done("executor", id, "resolution", CaseFixtures.resolution("POSITIVE", "The heating works again."));
        CaseFixtures.done("supervisor", id, "closure", Map.of());
        given().header("Authorization", "Bearer " + kz.appeals.support.Tokens.of("supervisor")).contentType("application/json")
                .body(Map.of("kind", "ANSWER", "channel", "PHONE", "note", "Read the answer out"))
                .post("/api/v1/appeals/" + id + "/notices").then().statusCode(201);

        List<Map<String, Object>> updates = updatesOf(number);
        assertThat(updates).hasSizeGreaterThan(3);
        assertThat(updates.get(updates.size() - 1).get("status")).isEqualTo("FIXED");
        assertThat(updates).extracting(u -> u.get("status")).doesNotContain("CLOSED");
    }

    @Test
    @DisplayName("a redirected request reads NOT_COUNCILS_RESPONSIBILITY and closed, with where it went")
    void redirected() {
        since = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).withNano(0).toString();
        String number = Open311Api.file(Open311Api.form(Open311Api.issueKey("Redirect client", null)));
        long id = ((Number) Open311GatewayTest.staffView(number).get("id")).longValue();
        CaseFixtures.done("supervisor", id, "redirection", CaseFixtures.redirection("Ministry of Energy"));
        assertThat(updatesOf(number)).extracting(u -> u.get("status")).containsExactly("OPEN", "NOT_COUNCILS_RESPONSIBILITY");
        Open311Api.get("requests/" + number + ".json").then().statusCode(200)
                .body("[0].status", org.hamcrest.Matchers.equalTo("closed"))
                .body("[0].status_notes", containsString("Ministry of Energy"));
    }

    @Test
    @DisplayName("no GET answer carries the applicant's name, e-mail, phone, account or device; contacts in the text are masked")
    void noPersonalData() {
        since = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).withNano(0).toString();
        String key = Open311Api.issueKey("Privacy client", null);
        String phone = IntakeFixtures.newPhone();
        Map<String, String> form = Open311Api.form(key);
        form.put("first_name", "Zhanargul");
        form.put("last_name", "Privatova");
        form.put("email", "zhanargul.privatova@example.kz");
        form.put("phone", phone);
        form.put("account_id", "account-secret-991");
        form.put("device_id", "device-secret-992");
        form.put("description", "Call me at " + phone + " or write to zhanargul.privatova@example.kz, no heating.");
        String number = Open311Api.file(form);
        long id = ((Number) Open311GatewayTest.staffView(number).get("id")).longValue();
        CaseFixtures.done("supervisor", id, "assignment", CaseFixtures.assignment("PVL-HOUSING"));

        List<String> answers = new ArrayList<>();
        for (String format : List.of("xml", "json")) {
            answers.add(Open311Api.get("requests/" + number + "." + format).then().statusCode(200).extract().asString());
            answers.add(given().get(Open311Api.BASE + "requests." + format + "?service_request_id=" + number)
                    .then().statusCode(200).extract().asString());
            answers.add(given().get(Open311Api.BASE + "requests." + format).then().statusCode(200).extract().asString());
            answers.add(given().get(Open311Api.BASE + "servicerequestupdates." + format + "?" + window().replace("+", "%2B"))
                    .then().statusCode(200).extract().asString());
        }
        String digits = phone.substring(1);
        for (String answer : answers) {
            assertThat(answer).contains(number).doesNotContain("Zhanargul", "Privatova", "zhanargul.privatova",
                    digits, digits.substring(1), "account-secret-991", "device-secret-992");
        }
        assertThat(answers.get(0)).contains("no heating");
    }
}
