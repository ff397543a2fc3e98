package kz.appeals.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kz.appeals.catalogue.Agency;
import kz.appeals.catalogue.CatalogueService;
import kz.appeals.catalogue.Official;
import kz.appeals.common.RegionTime;
import kz.appeals.common.ValidationException;
import kz.appeals.deadline.WorkingCalendar;
import kz.appeals.deadline.WorkingDays;

/**
 * What each action does to an appeal's fields besides its status, and the timeline entry
 * that tells it. Used by {@link CaseService} only, inside its transaction, after the
 * lifecycle has allowed the action; the status itself is set there, from the table.
 */
@ApplicationScoped
class CaseActions {
    /** Redirection is due within 3 working days of registration; later ones are flagged. */
    static final int REDIRECT_WORKING_DAYS = 3;
    /** The applicant must be told of an extension within 3 working days. */
    static final int EXTENSION_NOTICE_WORKING_DAYS = 3;
    static final int MAX_TERM_MONTHS = 2;
    private static final Set<Outcome> ANSWER_OUTCOMES = Set.of(Outcome.POSITIVE, Outcome.EXPLAINED, Outcome.REJECTED);

    /** The timeline entry of an action: its kind, whether the applicant sees it, and the words. */
    record Entry(String kind, boolean publicEntry, String note, String reason) {
        Entry(String kind, boolean publicEntry, String note) {
            this(kind, publicEntry, note, null);
        }
    }

    @Inject
    CatalogueService catalogue;

    @Inject
    WorkingCalendar calendar;

    /**
     * Assigns to an agency of the appeal's district or a region-level one (422 otherwise: an
     * appeal for another district's body is redirected, so that body's staff never see it
     * through the register), optionally naming an official of that agency, under the same rule.
     */
    Entry assign(Appeal a, ActionRequests.Assignment in) {
        Agency agency = catalogue.activeAgency(in.agencyCode(), "agencyCode");
        Official official = null;
        if (in.officialId() != null) {
            official = catalogue.activeOfficial(in.officialId(), "officialId");
            if (!agency.code.equals(official.agencyCode)) {
                throw new ValidationException("officialId", "is not an official of agency " + agency.code);
            }
        }
        // What a supervisor does instead of assigning an appeal to another district's agency or official.
        String instead = "assign the appeal to an agency of district " + a.districtCode + " or of the region, or send it"
                + " to the competent body by redirection (POST /api/v1/appeals/" + a.id + "/redirection)";
        catalogue.requireServes("Agency " + agency.code, agency.districtCode, a.districtCode, instead);
        if (official != null) {
            catalogue.requireServes("Official " + official.id, official.districtCode, a.districtCode, instead);
        }
        Long officialId = official == null ? null : official.id;
        String kind = a.agencyCode == null ? "ASSIGNED" : "REASSIGNED";
        Changes changes = new Changes()
                .field("agencyCode", a.agencyCode, agency.code)
                .field("officialId", a.officialId, officialId)
                .text("Note", in.note());
        a.agencyCode = agency.code;
        a.officialId = officialId;
        // Internal: the instruction to the agency is not for the applicant.
        return new Entry(kind, false, changes.note());
    }

    Entry progress(ActionRequests.Progress in) {
        return new Entry("PROGRESS", in.isPublic(), in.note().strip());
    }

    Entry extend(Appeal a, ActionRequests.Extension in, LocalDate today) {
        LocalDate dueAt = in.dueAt();
        LocalDate limit = a.registeredOn.plusMonths(MAX_TERM_MONTHS);
        if (!dueAt.isAfter(a.dueOn)) {
            throw new ValidationException("dueAt", "must be later than the current due date " + a.dueOn);
        }
        if (dueAt.isBefore(today)) {
            throw new ValidationException("dueAt", "is in the past");
        }
        if (dueAt.isAfter(limit)) {
            throw new ValidationException("dueAt", "the whole term runs at most two months from registration on "
                    + a.registeredOn + ": " + limit + " at the latest");
        }
        if (!calendar.from(dueAt).isWorkingDay(dueAt)) {
            throw new ValidationException("dueAt", "is not a working day");
        }
        LocalDate noticeBy = calendar.from(today).plus(today, EXTENSION_NOTICE_WORKING_DAYS);
        Changes changes = new Changes().field("dueAt", a.dueOn, dueAt).text("Reason", in.reason())
                .text("The applicant is to be told by", noticeBy.toString());
        if (a.originalDueOn == null) {
            a.originalDueOn = a.dueOn;
        }
        a.dueOn = dueAt;
        a.extended = true;
        a.applicantNoticeBy = noticeBy;
        // A new term gets its own reminders from the deadline watch.
        a.dueSoonNotified = false;
        a.overdueNotified = false;
        return new Entry("EXTENDED", true, changes.note(), in.reason().strip());
    }

    Entry redirect(Appeal a, ActionRequests.Redirection in, LocalDate today) {
        LocalDate deadline = calendar.from(a.registeredOn).plus(a.registeredOn, REDIRECT_WORKING_DAYS);
        boolean late = today.isAfter(deadline);
        Changes changes = new Changes()
                .field("redirectedTo", a.redirectedTo, in.to().strip())
                .field("outcome", a.outcome, Outcome.REDIRECTED)
                .text("Reason", in.reason());
        if (late) {
            changes.text("Late", "redirection was due by " + deadline);
        }
        a.redirectedTo = in.to().strip();
        a.outcome = Outcome.REDIRECTED;
        a.redirectedLate = late;
        return new Entry("REDIRECTED", true, changes.note(), in.reason().strip());
    }

    Entry resolve(Appeal a, ActionRequests.Resolution in, Instant now) {
        if (!ANSWER_OUTCOMES.contains(in.outcome())) {
            throw new ValidationException("outcome", "must be POSITIVE, EXPLAINED or REJECTED; "
                    + "redirection and withdrawal are actions of their own");
        }
        Changes changes = new Changes().field("outcome", a.outcome, in.outcome()).text("Answer", in.answer());
        a.outcome = in.outcome();
        a.answer = in.answer().strip();
        a.answeredAt = now;
        a.answeredOn = RegionTime.localDate(now);
        // Internal until the supervisor accepts it: the closure publishes the answer.
        return new Entry("RESOLVED", false, changes.note());
    }

    Entry returnAnswer(Appeal a, ActionRequests.Return in) {
        Changes changes = new Changes().field("outcome", a.outcome, null).text("Reason", in.reason());
        clearAnswer(a);
        a.returned = true;
        return new Entry("RETURNED", false, changes.note());
    }

    Entry close(Appeal a, Instant now) {
        a.closedAt = now;
        Changes changes = new Changes().text("Outcome", String.valueOf(a.outcome)).text("Answer", a.answer);
        return new Entry("CLOSED", true, changes.note());
    }

    Entry reopen(Appeal a, ActionRequests.Reopening in) {
        Changes changes = new Changes().field("outcome", a.outcome, null).text("Reason", in.reason());
        clearAnswer(a);
        a.closedAt = null;
        a.reopened = true;
        return new Entry("REOPENED", true, changes.note(), in.reason().strip());
    }

    Entry withdraw(Appeal a, ActionRequests.Withdrawal in) {
        Changes changes = new Changes().field("outcome", a.outcome, Outcome.TERMINATED).text("Reason", in.reason());
        a.outcome = Outcome.TERMINATED;
        return new Entry("WITHDRAWN", true, changes.note(), in.reason().strip());
    }

    /** The answer was not accepted, or is contested: the appeal is pending again; the timeline keeps the text. */
    private static void clearAnswer(Appeal a) {
        a.outcome = null;
        a.answer = null;
        a.answeredAt = null;
        a.answeredOn = null;
    }

    /** The words of a timeline entry: each changed field as "name: old → new", then the free text. */
    static final class Changes {
        private final List<String> parts = new ArrayList<>();

        Changes field(String name, Object before, Object after) {
            if (!Objects.equals(before, after)) {
                parts.add(name + ": " + shown(before) + " → " + shown(after));
            }
            return this;
        }

        Changes text(String label, String value) {
            if (value != null && !value.isBlank()) {
                parts.add(label + ": " + value.strip());
            }
            return this;
        }

        private static String shown(Object value) {
            return value == null ? "none" : value.toString();
        }

        /** Null when nothing changed and nothing was said (a repeated assignment, for one). */
        String note() {
            return parts.isEmpty() ? null : String.join("\n", parts);
        }
    }
}
