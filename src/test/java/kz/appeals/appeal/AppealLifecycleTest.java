package kz.appeals.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.appeals.appeal.AppealLifecycle.Action;
import kz.appeals.appeal.AppealLifecycle.Step;
import kz.appeals.deadline.WorkingDays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The table itself, without the service: its shape, and the resource's annotations agreeing with it. */
class AppealLifecycleTest {

    @Test
    @DisplayName("every action of the table has an endpoint POST /appeals/{id}/<action> with the table's roles")
    void resourceMatchesTable() {
        for (Action action : Action.values()) {
            Optional<Method> endpoint = Arrays.stream(CaseActionResource.class.getDeclaredMethods())
                    .filter(m -> m.isAnnotationPresent(Path.class))
                    .filter(m -> m.getAnnotation(Path.class).value().equals("/" + action.path()))
                    .findFirst();
            assertThat(endpoint).as("endpoint of %s", action).isPresent();
            assertThat(endpoint.get().getAnnotation(RolesAllowed.class).value())
                    .as("roles of %s", action).containsExactlyInAnyOrderElementsOf(action.roles());
        }
    }

    /**
     * The expected life of an appeal written out as a grid, row by action, column by status:
     * the status the action leads to, "=" where it keeps the status, "-" where it is refused.
     */
    private static final String[] GRID = {
        //            REGISTERED   ASSIGNED     IN_PROGRESS  RESOLVED     CLOSED       REDIRECTED   WITHDRAWN
        "ASSIGNMENT   ASSIGNED     ASSIGNED     ASSIGNED     -            -            -            -",
        "PROGRESS     -            IN_PROGRESS  IN_PROGRESS  -            -            -            -",
        "EXTENSION    -            =            =            -            -            -            -",
        "REDIRECTION  REDIRECTED   REDIRECTED   REDIRECTED   -            -            -            -",
        "RESOLUTION   -            RESOLVED     RESOLVED     -            -            -            -",
        "RETURN       -            -            -            IN_PROGRESS  -            -            -",
        "CLOSURE      -            -            -            CLOSED       -            -            -",
        "REOPENING    -            -            -            -            IN_PROGRESS  -            -",
        "WITHDRAWAL   WITHDRAWN    WITHDRAWN    WITHDRAWN    -            -            -            -",
    };

    @Test
    @DisplayName("every status × action: allowed exactly where the grid says, leading where it says")
    void everyStatusAndAction() {
        assertThat(GRID).hasSize(Action.values().length);
        for (String row : GRID) {
            String[] cells = row.trim().split("\\s+");
            Action action = Action.valueOf(cells[0]);
            assertThat(cells).as(row).hasSize(AppealStatus.values().length + 1);
            for (AppealStatus status : AppealStatus.values()) {
                String cell = cells[status.ordinal() + 1];
                String what = action + " in " + status;
                assertThat(action.allowedFrom(status)).as(what).isEqualTo(!cell.equals("-"));
                if (!cell.equals("-")) {
                    assertThat(action.resultFrom(status)).as(what)
                            .isEqualTo(cell.equals("=") ? status : AppealStatus.valueOf(cell));
                    assertThat(AppealLifecycle.allowedIn(status)).as(what).contains(action.path());
                } else {
                    assertThat(AppealLifecycle.allowedIn(status)).as(what).doesNotContain(action.path());
                }
            }
        }
    }

    @Test
    @DisplayName("an action the status does not allow is refused with the current status and the allowed actions")
    void refusedAction() {
        Appeal appeal = new Appeal();
        appeal.registrationNumber = "2026-PVL-000001";
        appeal.status = AppealStatus.RESOLVED;
        assertThatThrownBy(() -> AppealLifecycle.require(Action.REOPENING, appeal))
                .isInstanceOf(kz.appeals.common.InvalidTransitionException.class)
                .hasMessageContaining("RESOLVED").hasMessageContaining("return, closure");
        AppealLifecycle.require(Action.CLOSURE, appeal);
    }

    @Test
    @DisplayName("every state can be reached from REGISTERED, and every status but the ends can be left")
    void reachable() {
        Map<AppealStatus, Boolean> reached = new EnumMap<>(AppealStatus.class);
        reached.put(AppealStatus.REGISTERED, true);
        for (int round = 0; round < AppealStatus.values().length; round++) {
            for (AppealStatus from : List.copyOf(reached.keySet())) {
                for (Action action : Action.values()) {
                    if (action.allowedFrom(from)) {
                        reached.put(action.resultFrom(from), true);
                    }
                }
            }
        }
        assertThat(reached.keySet()).containsExactlyInAnyOrder(AppealStatus.values());
        for (AppealStatus status : AppealStatus.values()) {
            assertThat(AppealLifecycle.allowedIn(status).isEmpty()).as("%s is an end", status)
                    .isEqualTo(status == AppealStatus.REDIRECTED || status == AppealStatus.WITHDRAWN);
        }
    }

    @ParameterizedTest(name = "a historical appeal with outcome {0} ends {1}, then allows [{2}]")
    @CsvSource({
            "POSITIVE,   CLOSED,     reopening",
            "EXPLAINED,  CLOSED,     reopening",
            "REJECTED,   CLOSED,     reopening",
            "REDIRECTED, REDIRECTED, ''",
            "TERMINATED, WITHDRAWN,  ''"})
    void historicalEnds(Outcome outcome, AppealStatus end, String allowed) {
        List<Step> steps = AppealLifecycle.walk(AppealStatus.REGISTERED, AppealLifecycle.historicalPath(outcome));
        assertThat(steps.get(0).before()).isEqualTo(AppealStatus.REGISTERED);
        assertThat(steps.get(0).action()).as("the register names the agency that handled it").isEqualTo(Action.ASSIGNMENT);
        for (int i = 1; i < steps.size(); i++) {
            assertThat(steps.get(i).before()).isEqualTo(steps.get(i - 1).after());
        }
        assertThat(steps.get(steps.size() - 1).after()).isEqualTo(end);
        assertThat(String.join(",", AppealLifecycle.allowedIn(end))).isEqualTo(allowed);
    }

    @Test
    @DisplayName("a walk through an action the table refuses fails")
    void refusedWalk() {
        assertThatThrownBy(() -> AppealLifecycle.walk(AppealStatus.REGISTERED, List.of(Action.CLOSURE)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("REGISTERED");
        assertThatThrownBy(() -> AppealLifecycle.walk(AppealStatus.REGISTERED, List.of(Action.REDIRECTION, Action.REOPENING)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("REDIRECTED");
    }

    @ParameterizedTest(name = "Appeal.endAsRecorded with outcome {0}")
    @EnumSource(Outcome.class)
    void endAsRecorded(Outcome outcome) {
        Appeal appeal = new Appeal();
        assertThat(appeal.status).as("a new appeal").isEqualTo(AppealStatus.REGISTERED);
        appeal.registeredOn = LocalDate.parse("2026-11-02"); // a Monday
        Instant at = Instant.parse("2026-11-06T10:00:00Z"); // Friday: the fourth working day after it
        List<Step> steps = appeal.endAsRecorded("PVL-HOUSING", outcome, "As the register says", at, new WorkingDays(Map.of()));

        AppealStatus end = steps.get(steps.size() - 1).after();
        assertThat(appeal.status).isEqualTo(end);
        assertThat(appeal.outcome).isEqualTo(outcome);
        assertThat(appeal.agencyCode).isEqualTo("PVL-HOUSING");
        assertThat(appeal.answer).isEqualTo("As the register says");
        assertThat(appeal.answeredAt).isEqualTo(at);
        assertThat(appeal.answeredOn).isEqualTo(LocalDate.parse("2026-11-06"));
        assertThat(appeal.closedAt).isEqualTo(end == AppealStatus.CLOSED ? at : null);
        // redirection is due within 3 working days of registration (Thursday 5 November)
        assertThat(appeal.redirectedLate).isEqualTo(outcome == Outcome.REDIRECTED);
        assertThat(appeal.isOpen()).isFalse();
    }

    @Test
    @DisplayName("only a registered appeal ends as recorded")
    void endAsRecordedOnlyOnce() {
        Appeal appeal = new Appeal();
        appeal.registeredOn = LocalDate.parse("2026-11-02");
        appeal.endAsRecorded("PVL-HOUSING", Outcome.POSITIVE, "Done", Instant.parse("2026-11-03T10:00:00Z"),
                new WorkingDays(Map.of()));
        assertThatThrownBy(() -> appeal.endAsRecorded("PVL-HOUSING", Outcome.REDIRECTED, "Again",
                Instant.parse("2026-11-04T10:00:00Z"), new WorkingDays(Map.of())))
                .isInstanceOf(IllegalStateException.class);
        assertThat(appeal.status).isEqualTo(AppealStatus.CLOSED);
        assertThat(appeal.outcome).isEqualTo(Outcome.POSITIVE);
    }

    @Test
    @DisplayName("no action leaves REDIRECTED or WITHDRAWN; CLOSED only reopens")
    void endStates() {
        assertThat(AppealLifecycle.allowedIn(AppealStatus.REDIRECTED)).isEmpty();
        assertThat(AppealLifecycle.allowedIn(AppealStatus.WITHDRAWN)).isEmpty();
        assertThat(AppealLifecycle.allowedIn(AppealStatus.CLOSED)).containsExactly("reopening");
    }

    @Test
    @DisplayName("extension keeps the status it is taken in; every other action names its result")
    void results() {
        assertThat(Action.EXTENSION.resultFrom(AppealStatus.IN_PROGRESS)).isEqualTo(AppealStatus.IN_PROGRESS);
        assertThat(Action.EXTENSION.resultFrom(AppealStatus.ASSIGNED)).isEqualTo(AppealStatus.ASSIGNED);
        assertThat(Action.ASSIGNMENT.resultFrom(AppealStatus.IN_PROGRESS)).isEqualTo(AppealStatus.ASSIGNED);
        assertThat(Action.REOPENING.resultFrom(AppealStatus.CLOSED)).isEqualTo(AppealStatus.IN_PROGRESS);
    }

    @Test
    @DisplayName("allowedFor lists, in the table's order, the actions allowed in the status that the caller's check grants")
    void allowedForCombinesTableAndCaller() {
        assertThat(AppealLifecycle.paths(AppealLifecycle.allowedFor(AppealStatus.ASSIGNED, a -> true)))
                .containsExactly("assignment", "progress", "extension", "redirection", "resolution", "withdrawal");
        assertThat(AppealLifecycle.allowedFor(AppealStatus.ASSIGNED, a -> a.roles().contains("executor")))
                .containsExactly(Action.PROGRESS, Action.RESOLUTION);
        assertThat(AppealLifecycle.allowedFor(AppealStatus.RESOLVED, a -> a.roles().contains("executor"))).isEmpty();
        assertThat(AppealLifecycle.allowedFor(AppealStatus.REGISTERED, a -> a.roles().contains("office-staff")))
                .containsExactly(Action.WITHDRAWAL);
        for (AppealStatus status : AppealStatus.values()) {
            assertThat(AppealLifecycle.allowedFor(status, a -> false)).as("nothing granted in %s", status).isEmpty();
            assertThat(AppealLifecycle.paths(AppealLifecycle.allowedFor(status, a -> true))).as("all granted in %s", status)
                    .isEqualTo(AppealLifecycle.allowedIn(status));
        }
    }
}
