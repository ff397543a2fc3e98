package kz.appeals.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import kz.appeals.deadline.WorkingCalendar;

/** Turns an appeal into what staff read: the view with its term in working days and what the caller may do, and its ETag. */
@ApplicationScoped
public class AppealViews {

    /** A view and the validator of the state it shows. */
    public record Versioned(AppealView view, String etag) {
    }

    @Inject
    WorkingCalendar calendar;

    @Inject
    RepeatLinks repeats;

    @Inject
    AppealScope scope;

    /** The view for the caller: with the repeat link they may follow and the actions they may take now. */
    public Versioned of(Appeal appeal, LocalDate today) {
        List<String> actions = AppealLifecycle.paths(AppealLifecycle.allowedFor(appeal.status, a -> scope.permits(appeal, a)));
        return new Versioned(AppealView.of(appeal, workingDaysLeft(appeal, today), repeats.shown(appeal), actions, null),
                AppealView.etag(appeal));
    }

    /**
     * Working days from today to the due date; absent once the appeal is no longer open.
     * Past the due date it is at least -1 even over a weekend, so that "overdue" here
     * agrees with the list filter, which compares dates.
     */
    Integer workingDaysLeft(Appeal appeal, LocalDate today) {
        if (!appeal.isOpen()) {
            return null;
        }
        LocalDate due = appeal.dueOn;
        if (!due.isBefore(today)) {
            return calendar.between(today, due).between(today, due);
        }
        return -Math.max(1, calendar.between(due, today).between(due, today));
    }
}
