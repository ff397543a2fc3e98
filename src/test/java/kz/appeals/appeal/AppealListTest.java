package kz.appeals.appeal;

import static io.restassured.RestAssured.given;
import static kz.appeals.support.CaseFixtures.assignment;
import static kz.appeals.support.CaseFixtures.done;
import static kz.appeals.support.CaseFixtures.marker;
import static kz.appeals.support.CaseFixtures.register;
import static kz.appeals.support.CaseFixtures.registerWritten;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import kz.appeals.support.CaseFixtures;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET /appeals: every filter, the list item's shape, the paging rules and keyset stability. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class AppealListTest {

    private static RequestSpecification chief() {
        return given().auth().oauth2(Tokens.of("chief"));
    }

    private static List<Long> ids(RequestSpecification request) {
        return request.get("/api/v1/appeals").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class);
    }

    @Test
    @DisplayName("GET /appeals filters by status, channel, district, topic, agency, overdue, received dates and q")
    void filters() {
        String word = marker("filter");
        long assigned = register("PVL", word);
        done("supervisor", assigned, "assignment", assignment("PVL-HOUSING"));
        long ekb = register("EKB", word);
        // Received 29 days ago: its 15 working days have run out.
        long old = registerWritten("office", "PVL", OffsetDateTime.now(ZoneOffset.ofHours(5)).minusDays(29), word);
        assertThat(chief().get("/api/v1/appeals/" + old).then().extract().jsonPath().getBoolean("overdue"))
                .as("the backdated appeal is overdue").isTrue();
        String today = Dates.today().toString();

        assertThat(ids(chief().queryParam("q", word))).containsExactly(ekb, assigned, old);
        assertThat(ids(chief().queryParam("q", word).queryParam("status", "ASSIGNED"))).containsExactly(assigned);
        assertThat(ids(chief().queryParam("q", word).queryParam("channel", "WRITTEN"))).containsExactly(old);
        assertThat(ids(chief().queryParam("q", word).queryParam("districtCode", "EKB"))).containsExactly(ekb);
        assertThat(ids(chief().queryParam("q", word).queryParam("topicCode", "UTIL_HEATING"))).hasSize(3);
        assertThat(ids(chief().queryParam("q", word).queryParam("topicCode", "UTIL_WATER"))).isEmpty();
        assertThat(ids(chief().queryParam("q", word).queryParam("agencyCode", "PVL-HOUSING"))).containsExactly(assigned);
        assertThat(ids(chief().queryParam("q", word).queryParam("overdue", "true"))).containsExactly(old);
        assertThat(ids(chief().queryParam("q", word).queryParam("overdue", "false"))).containsExactly(ekb, assigned);
        assertThat(ids(chief().queryParam("q", word).queryParam("receivedFrom", today))).containsExactly(ekb, assigned);
        assertThat(ids(chief().queryParam("q", word).queryParam("receivedTo", Dates.today().minusDays(10).toString())))
                .containsExactly(old);
        assertThat(ids(chief().queryParam("q", word).queryParam("receivedFrom", today).queryParam("receivedTo", today)))
                .containsExactly(ekb, assigned);
        assertThat(ids(chief().queryParam("q", "lenin " + word))).as("all words must occur").hasSize(3);
        assertThat(ids(chief().queryParam("q", "lenin absent" + word))).isEmpty();
    }

    @Test
    @DisplayName("GET /appeals?dueWithin=2 lists the open appeals due today to the 2nd working day ahead; returned=true those whose answer was sent back")
    void controlQueueFilters() {
        String word = marker("due");
        java.time.LocalDate today = Dates.today();
        java.time.LocalDate in2 = Dates.workingDaysAfter(today, 2);
        java.time.LocalDate in3 = Dates.workingDaysAfter(today, 3);
        long dueIn2 = registeredToBeDue(in2, word);
        long dueIn3 = registeredToBeDue(in3, word);
        long answered = registeredToBeDue(in2, word);
        done("supervisor", answered, "assignment", assignment("PVL-HOUSING"));
        done("executor", answered, "resolution", CaseFixtures.resolution("EXPLAINED", "Explained in full"));
        long fresh = register("PVL", word);
        long old = registerWritten("office", "PVL", OffsetDateTime.now(ZoneOffset.ofHours(5)).minusDays(29), word);
        assertThat(chief().get("/api/v1/appeals/" + dueIn2).then().extract().jsonPath().getString("dueAt"))
                .as("the letter's term ends two working days from today").isEqualTo(in2.toString());

        assertThat(ids(chief().queryParam("q", word).queryParam("dueWithin", 2)))
                .as("open, due within 2 working days: not the answered one, the overdue one or the fresh one")
                .containsExactly(dueIn2);
        assertThat(ids(chief().queryParam("q", word).queryParam("dueWithin", 3))).containsExactlyInAnyOrder(dueIn2, dueIn3);
        assertThat(ids(chief().queryParam("q", word).queryParam("dueWithin", 0))).isEmpty();
        assertThat(ids(chief().queryParam("q", word).queryParam("dueWithin", 15))).contains(dueIn2, dueIn3)
                .doesNotContain(old, answered);

        long returned = register("PVL", word);
        done("supervisor", returned, "assignment", assignment("PVL-HOUSING"));
        done("executor", returned, "resolution", CaseFixtures.resolution("POSITIVE", "Repaired"));
        done("supervisor", returned, "return", CaseFixtures.reason("The answer does not say when"));
        assertThat(ids(chief().queryParam("q", word).queryParam("returned", "true"))).containsExactly(returned);
        assertThat(ids(chief().queryParam("q", word).queryParam("returned", "true").queryParam("status", "IN_PROGRESS")))
                .containsExactly(returned);
        assertThat(ids(chief().queryParam("q", word).queryParam("returned", "false"))).contains(answered, fresh)
                .doesNotContain(returned);
        assertThat(ids(given().auth().oauth2(Tokens.of("supervisor2")).queryParam("q", word).queryParam("returned", "true")))
                .as("another district's supervisor").isEmpty();
    }

    /** A paper letter received on the working day from which {@code due} is the last of its 15 working days. */
    private static long registeredToBeDue(java.time.LocalDate due, String word) {
        java.time.LocalDate received = Dates.workingDaysBefore(due, 15);
        return registerWritten("office", "PVL", received.atTime(10, 0).atOffset(ZoneOffset.ofHours(5)), word);
    }

    @Test
    @DisplayName("GET /appeals?q=<registration number> finds that appeal")
    void byRegistrationNumber() {
        long id = register("EKB");
        String number = chief().get("/api/v1/appeals/" + id).then().extract().path("registrationNumber");
        assertThat(ids(chief().queryParam("q", number))).containsExactly(id);
        assertThat(ids(chief().queryParam("q", number.toLowerCase()))).containsExactly(id);
    }

    @Test
    @DisplayName("GET /appeals items carry no applicant data and no text")
    void noPersonalData() {
        String word = marker("pii");
        register("PVL", word);
        chief().queryParam("q", word).get("/api/v1/appeals").then().statusCode(200)
                .body(not(containsString("Test Applicant")))
                .body(not(containsString("+77012345678")))
                .body(not(containsString("Lenin")))
                .body("items[0].registrationNumber", org.hamcrest.Matchers.notNullValue())
                .body("items[0].dueAt", org.hamcrest.Matchers.notNullValue());
    }

    @ParameterizedTest(name = "GET /appeals?{0}={1} answers 400 naming {0}")
    @CsvSource({"limit, 0", "limit, 501", "limit, abc", "cursor, not-a-cursor", "status, OPENED", "channel, FAX",
            "overdue, maybe", "receivedFrom, 2026-13-01", "receivedTo, yesterday", "dueWithin, -1", "dueWithin, 16",
            "dueWithin, soon", "returned, maybe"})
    void invalidParameters(String name, String value) {
        chief().queryParam(name, value).get("/api/v1/appeals").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(name));
    }

    @Test
    @DisplayName("GET /appeals with receivedTo before receivedFrom, or a tampered cursor, answers 400")
    void inconsistentParameters() {
        chief().queryParam("receivedFrom", "2026-05-10").queryParam("receivedTo", "2026-05-01")
                .get("/api/v1/appeals").then().statusCode(400);
        String word = marker("tamper");
        register("PVL", word);
        register("PVL", word);
        String cursor = chief().queryParam("q", word).queryParam("limit", 1).get("/api/v1/appeals")
                .then().statusCode(200).extract().path("nextCursor");
        char last = cursor.charAt(cursor.length() - 1);
        String tampered = cursor.substring(0, cursor.length() - 1) + (last == 'A' ? 'B' : 'A');
        chief().queryParam("q", word).queryParam("cursor", tampered).get("/api/v1/appeals")
                .then().statusCode(400).body("errors.field", hasItem("cursor"));
    }

    @Test
    @DisplayName("GET /appeals without limit answers at most 50, newest first; limit=500 is allowed")
    void defaultsAndOrder() {
        JsonPath page = chief().get("/api/v1/appeals").then().statusCode(200).extract().jsonPath();
        List<String> registered = page.getList("items.registeredAt");
        assertThat(registered.size()).isLessThanOrEqualTo(50);
        for (int i = 1; i < registered.size(); i++) {
            assertThat(OffsetDateTime.parse(registered.get(i))).isBeforeOrEqualTo(OffsetDateTime.parse(registered.get(i - 1)));
        }
        chief().queryParam("limit", 500).get("/api/v1/appeals").then().statusCode(200);
    }

    @Test
    @DisplayName("GET /appeals pages neither repeat nor skip rows when new appeals arrive between pages")
    void pagingWithConcurrentInserts() {
        String word = marker("paging");
        List<Long> existing = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            existing.add(0, register("PVL", word));
        }
        List<Long> seen = new ArrayList<>();
        List<Long> arrived = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            RequestSpecification request = chief().queryParam("q", word).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Map<String, Object> page = request.get("/api/v1/appeals").then().statusCode(200).extract().jsonPath().getMap("");
            @SuppressWarnings("unchecked")
            List<Number> items = (List<Number>) ((List<Map<String, Object>>) page.get("items")).stream()
                    .map(m -> (Number) m.get("id")).toList();
            items.forEach(n -> seen.add(n.longValue()));
            cursor = (String) page.get("nextCursor");
            // Others keep registering while this client pages.
            arrived.add(register("PVL", word));
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(seen).as("the rows present before the first page, once each, newest first").isEqualTo(existing);
        assertThat(new HashSet<>(seen)).doesNotContainAnyElementsOf(arrived);
        assertThat(pages).isEqualTo(3);
        assertThat(ids(chief().queryParam("q", word).queryParam("limit", 500))).hasSize(existing.size() + arrived.size());
    }
}
