package kz.appeals.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import kz.appeals.appeal.Appeal;
import kz.appeals.appeal.AppealStatus;
import kz.appeals.appeal.AppealStep;
import kz.appeals.appeal.ApplicantKind;
import kz.appeals.appeal.Registration;
import kz.appeals.appeal.Timeline;
import kz.appeals.common.RegionTime;
import kz.appeals.deadline.WorkingCalendar;
import kz.appeals.deadline.WorkingDays;

/**
 * Puts a checked appeal on the register: number, registration day, term, repeat link
 * and the first entry of its timeline. Intake registers one appeal at a time; the
 * historical import uses the same steps batch by batch ({@link #build}, then numbers and
 * repeat links for the whole batch, then {@link #recordRegistration}).
 */
@ApplicationScoped
public class Registrar {
    /** An appeal is considered within 15 working days of registration. */
    public static final int TERM_WORKING_DAYS = 15;
    /** An appeal of the same applicant on the same topic within this many months is a repeat. */
    public static final int REPEAT_MONTHS = 12;

    @Inject
    WorkingCalendar calendar;

    @Inject
    RegistrationNumbers numbers;

    @Inject
    Timeline timeline;

    @Inject
    Event<AppealStep> steps;

    @Inject
    AccessCodes accessCodes;

    /**
     * A registered appeal, the access code it was given (null when it gets none, AccessCodes#issuedFor)
     * and the earlier appeal it repeats (null when none).
     */
    public record Registered(Appeal appeal, String accessCode, Earlier earlier) {
    }

    /** An earlier appeal of the same applicant and topic: its id, and what decides who may read it. */
    public record Earlier(long id, String districtCode, String agencyCode) {
    }

    /**
     * Registers a live appeal (Open311 client named when filed through one): numbered, given its access
     * code and written in one insert, its timeline's first entry and the notices it owes with it.
     */
    public Registered register(NewAppeal request, NewAppeal.Applicant applicant, Instant receivedAt, String actor,
                               String actorRole, String externalRef, String open311Client) {
        Appeal a = build(request, applicant, receivedAt, actor, externalRef,
                calendar.from(RegionTime.localDate(receivedAt)), open311Client);
        Earlier earlier = earlierAppealOfApplicant(a);
        a.linkRepeatOf(earlier == null ? null : earlier.id());
        a.number(numbers.next(a.registeredOn.getYear(), a.districtCode));
        // before the first write: the row is inserted with its code, never updated for it
        String accessCode = AccessCodes.issuedFor(a) ? accessCodes.issue(a) : null;
        a.persist();
        recordRegistration(a, actor, actorRole);
        // A live registration (the import's historical ones owe nothing): the notices it owes are written with it.
        steps.fire(new AppealStep(a, "REGISTERED", null, a.registeredAt));
        return new Registered(a, accessCode, earlier);
    }

    /** The appeal as registered, without its number and repeat link; nothing is read or written. */
    public Appeal build(NewAppeal request, NewAppeal.Applicant applicant, Instant receivedAt, String actor,
                        String externalRef, WorkingDays days) {
        return build(request, applicant, receivedAt, actor, externalRef, days, null);
    }

    private static Appeal build(NewAppeal request, NewAppeal.Applicant applicant, Instant receivedAt, String actor,
                                String externalRef, WorkingDays days, String open311Client) {
        LocalDate receivedOn = RegionTime.localDate(receivedAt);
        // Received on a non-working day: registered at the start of the next working day.
        LocalDate registeredOn = days.onOrAfter(receivedOn);
        Instant registeredAt = registeredOn.equals(receivedOn) ? receivedAt : RegionTime.startOf(registeredOn);
        List<String> groups = applicant.groups() == null ? null
                : applicant.groups().stream().distinct().map(Enum::name).sorted().toList();
        return Appeal.register(new Registration(request.channel(), request.type(), request.topicCode(),
                request.districtCode(), request.text().strip(),
                new Registration.Applicant(applicant.kind(), applicant.fullName(), applicant.iin(), applicant.bin(),
                        applicant.phone(), applicant.email(), applicant.postalAddress(), groups),
                request.signatories(), request.receptionId(), request.campaignCode(), request.language(),
                request.location(), receivedAt, registeredAt, registeredOn, days.plus(registeredOn, TERM_WORKING_DAYS),
                // Anonymous appeals are not considered; the reports the law names are redirected at once.
                applicant.kind() == ApplicantKind.ANONYMOUS, externalRef, actor, open311Client));
    }

    /**
     * The first, public entry of the timeline of a persisted appeal. It does not mention a
     * repeat: the citizen's page is public, and the link is shown only to those who may read
     * the earlier appeal (RepeatLinks).
     */
    public void recordRegistration(Appeal a, String actor, String actorRole) {
        // An appeal taken on a day off is registered on the next working day (registeredAt is that
        // day's start), but the entry says when it was taken: a timeline never runs ahead of the
        // present, and the steps taken meanwhile (an assignment on a Sunday) come after it.
        Instant now = Instant.now();
        boolean ahead = a.registeredAt.isAfter(now);
        String note = "Registered under number " + a.registrationNumber
                + (ahead ? " as of " + a.registeredOn + " (received on a day off)" : "")
                + "; answer due by " + a.dueOn
                + (a.redirectRequired ? ". Anonymous report: to be redirected to the competent body" : "");
        timeline.record(a, "REGISTERED", null, AppealStatus.REGISTERED, true, note, actor, actorRole,
                ahead ? now : a.registeredAt);
    }

    /** The start of the window in which an earlier appeal makes this one a repeat. */
    public static Instant repeatWindowStart(Instant registeredAt) {
        return ZonedDateTime.ofInstant(registeredAt, RegionTime.ZONE).minusMonths(REPEAT_MONTHS).toInstant();
    }

    /** The latest appeal of the same applicant (IIN, else phone) on the same topic in the 12 months before. */
    private static Earlier earlierAppealOfApplicant(Appeal a) {
        String key = a.applicantIin != null ? "applicantIin" : a.applicantPhone != null ? "applicantPhone" : null;
        if (key == null) {
            return null;
        }
        // what the link and its showing need, not the whole earlier appeal
        return Appeal.getEntityManager().createQuery("select a.id, a.districtCode, a.agencyCode from Appeal a"
                        + " where a." + key + " = ?1 and a.topicCode = ?2 and a.registeredAt >= ?3 and a.registeredAt <= ?4"
                        + " order by a.registeredAt desc, a.id desc", Object[].class)
                .setParameter(1, key.equals("applicantIin") ? a.applicantIin : a.applicantPhone)
                .setParameter(2, a.topicCode).setParameter(3, repeatWindowStart(a.registeredAt))
                .setParameter(4, a.registeredAt).setMaxResults(1).getResultStream().findFirst()
                .map(row -> new Earlier((Long) row[0], (String) row[1], (String) row[2])).orElse(null);
    }
}
