package kz.appeals.appeal;

import static kz.appeals.support.CaseFixtures.act;
import static kz.appeals.support.CaseFixtures.assignment;
import static kz.appeals.support.CaseFixtures.etag;
import static kz.appeals.support.CaseFixtures.progress;
import static kz.appeals.support.CaseFixtures.redirection;
import static kz.appeals.support.CaseFixtures.resolution;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import kz.appeals.deadline.WorkingCalendar;
import kz.appeals.support.CaseFixtures;
import kz.appeals.support.TestInfrastructure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every action from every status, against the expected table written out here (not read
 * from the code): allowed ones answer 200 with the resulting status, the others 409
 * naming the current status and the actions it allows, and change nothing.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class LifecycleTransitionsTest {
    private static final List<String> STATUSES = List.of("REGISTERED", "ASSIGNED", "IN_PROGRESS", "RESOLVED", "CLOSED",
            "REDIRECTED", "WITHDRAWN");
    private static final List<String> ACTIONS = List.of("assignment", "progress", "extension", "redirection",
            "resolution", "return", "closure", "reopening", "withdrawal");
    private static final Set<String> OPEN_UNRESOLVED = Set.of("REGISTERED", "ASSIGNED", "IN_PROGRESS");
    private static final Set<String> IN_WORK = Set.of("ASSIGNED", "IN_PROGRESS");
    private static final Map<String, Set<String>> ALLOWED_FROM = Map.of(
            "assignment", OPEN_UNRESOLVED,
            "progress", IN_WORK,
            "extension", IN_WORK,
            "redirection", OPEN_UNRESOLVED,
            "resolution", IN_WORK,
            "return", Set.of("RESOLVED"),
            "closure", Set.of("RESOLVED"),
            "reopening", Set.of("CLOSED"),
            "withdrawal", OPEN_UNRESOLVED);
    /** Resulting status; extension keeps the status it was taken in. */
    private static final Map<String, String> RESULT = Map.of(
            "assignment", "ASSIGNED",
            "progress", "IN_PROGRESS",
            "redirection", "REDIRECTED",
            "resolution", "RESOLVED",
            "return", "IN_PROGRESS",
            "closure", "CLOSED",
            "reopening", "IN_PROGRESS",
            "withdrawal", "WITHDRAWN");

    @Inject
    WorkingCalendar calendar;

    static Stream<Arguments> statusesTimesActions() {
        List<Arguments> all = new ArrayList<>();
        for (String status : STATUSES) {
            for (String action : ACTIONS) {
                String expected = ALLOWED_FROM.get(action).contains(status)
                        ? "200 → " + RESULT.getOrDefault(action, status) : "409";
                all.add(Arguments.of(status, action, expected));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "POST /appeals/'{id}'/{1} on a {0} appeal answers {2}")
    @MethodSource("statusesTimesActions")
    void transition(String status, String action, String expected) {
        long id = CaseFixtures.appealIn(status);
        String before = etag("supervisor", id);
        ValidatableResponse answer = act("supervisor", id, action, CaseFixtures.bodyFor(action, id, calendar), before);
        if (expected.startsWith("200")) {
            String after = answer.statusCode(200)
                    .body("status", equalTo(RESULT.getOrDefault(action, status)))
                    .extract().header("ETag");
            assertThat(after).isNotEqualTo(before).isEqualTo(etag("supervisor", id));
        } else {
            answer.statusCode(409)
                    .contentType("application/problem+json")
                    .body("currentStatus", equalTo(status))
                    .body("allowedActions", containsInAnyOrder(allowedIn(status).toArray()));
            assertThat(etag("supervisor", id)).as("a refused action changes nothing").isEqualTo(before);
        }
    }

    private static List<String> allowedIn(String status) {
        return ACTIONS.stream().filter(a -> ALLOWED_FROM.get(a).contains(status)).toList();
    }
}
