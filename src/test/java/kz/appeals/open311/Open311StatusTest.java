package kz.appeals.open311;

import static org.assertj.core.api.Assertions.assertThat;

import kz.appeals.appeal.AppealStatus;
import kz.appeals.appeal.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The mapping table of docs/open311.md, row by row. */
class Open311StatusTest {

    @Test
    @DisplayName("a request is open until closed, redirected or withdrawn; an answer awaiting acceptance is still open")
    void openOrClosed() {
        assertThat(Open311Status.of(AppealStatus.REGISTERED)).isEqualTo("open");
        assertThat(Open311Status.of(AppealStatus.ASSIGNED)).isEqualTo("open");
        assertThat(Open311Status.of(AppealStatus.IN_PROGRESS)).isEqualTo("open");
        assertThat(Open311Status.of(AppealStatus.RESOLVED)).isEqualTo("open");
        assertThat(Open311Status.of(AppealStatus.CLOSED)).isEqualTo("closed");
        assertThat(Open311Status.of(AppealStatus.REDIRECTED)).isEqualTo("closed");
        assertThat(Open311Status.of(AppealStatus.WITHDRAWN)).isEqualTo("closed");
    }

    @Test
    @DisplayName("every status maps to an update status; closures by their outcome")
    void updateStatuses() {
        assertThat(Open311Status.update(AppealStatus.REGISTERED, null)).isEqualTo("OPEN");
        assertThat(Open311Status.update(AppealStatus.ASSIGNED, null)).isEqualTo("IN_PROGRESS");
        assertThat(Open311Status.update(AppealStatus.IN_PROGRESS, null)).isEqualTo("IN_PROGRESS");
        assertThat(Open311Status.update(AppealStatus.RESOLVED, Outcome.POSITIVE)).isEqualTo("IN_PROGRESS");
        assertThat(Open311Status.update(AppealStatus.CLOSED, Outcome.POSITIVE)).isEqualTo("FIXED");
        assertThat(Open311Status.update(AppealStatus.CLOSED, Outcome.EXPLAINED)).isEqualTo("CLOSED");
        assertThat(Open311Status.update(AppealStatus.CLOSED, Outcome.REJECTED)).isEqualTo("NO_FURTHER_ACTION");
        assertThat(Open311Status.update(AppealStatus.CLOSED, null)).isEqualTo("CLOSED");
        assertThat(Open311Status.update(AppealStatus.REDIRECTED, Outcome.REDIRECTED)).isEqualTo("NOT_COUNCILS_RESPONSIBILITY");
        assertThat(Open311Status.update(AppealStatus.WITHDRAWN, Outcome.TERMINATED)).isEqualTo("NO_FURTHER_ACTION");
        for (AppealStatus s : AppealStatus.values()) {
            for (Outcome o : Outcome.values()) {
                assertThat(Open311Status.update(s, o)).as(s + "/" + o).isIn("OPEN", "IN_PROGRESS", "CLOSED", "FIXED",
                        "NO_FURTHER_ACTION", "NOT_COUNCILS_RESPONSIBILITY");
            }
        }
    }
}
