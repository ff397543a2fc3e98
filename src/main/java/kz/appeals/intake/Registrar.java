package kz.appeals.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import kz.appeals.appeal.Appeal;
import kz.appeals.appeal.AppealStatus;
import kz.appeals.appeal.Timeline;
import kz.appeals.common.RegionTime;
import kz.appeals.deadline.WorkingDays;
import kz.appeals.deadline.WorkingCalendar;

/**
 * Puts a checked appeal on the register: number, registration day, term, repeat link
 * and the first entry of its timeline. Intake and the historical import both end here.
 */
@ApplicationScoped
public class Registrar {
    /** An appeal is considered within 15 working days of registration. */
    public static final int TERM_WORKING_DAYS = 15;

    @Inject
    WorkingCalendar calendar;

    @Inject
    RegistrationNumbers numbers;

    @Inject
    Timeline timeline;

    public Appeal register(NewAppeal request, NewAppeal.Applicant applicant, Instant receivedAt, String actor,
                           String actorRole, String externalRef) {
        return register(request, applicant, receivedAt, actor, actorRole, externalRef,
                calendar.from(RegionTime.localDate(receivedAt)));
    }

    /** As above, with the calendar already loaded (the import registers many appeals with one). */
    public Appeal register(NewAppeal request, NewAppeal.Applicant applicant, Instant receivedAt, String actor,
                           String actorRole, String externalRef, WorkingDays days) {
        LocalDate receivedOn = RegionTime.localDate(receivedAt);
        LocalDate registeredOn = days.onOrAfter(receivedOn);

        Appeal a = new Appeal();
        a.channel = request.channel();
        a.type = request.type();
        a.topicCode = request.topicCode();
        a.districtCode = request.districtCode();
        a.text = request.text().strip();
        a.applicantKind = applicant.kind();
        a.applicantName = applicant.fullName();
        a.applicantIin = applicant.iin();
        a.applicantBin = applicant.bin();
        a.applicantPhone = applicant.phone();
        a.applicantEmail = applicant.email();
        a.applicantAddress = applicant.postalAddress();
        a.applicantGroups = applicant.groups() == null ? new String[0]
                : applicant.groups().stream().distinct().map(Enum::name).sorted().toArray(String[]::new);
        a.signatories = request.signatories();
        a.receptionId = request.receptionId();
        a.receivedAt = receivedAt;
        // Received on a non-working day: registered at the start of the next working day.
        a.registeredOn = registeredOn;
        a.registeredAt = registeredOn.equals(receivedOn) ? receivedAt : RegionTime.startOf(registeredOn);
        a.dueOn = days.plus(registeredOn, TERM_WORKING_DAYS);
        a.status = AppealStatus.REGISTERED;
        // Anonymous appeals are not considered; the reports the law names are redirected at once.
        a.redirectRequired = applicant.kind() == kz.appeals.appeal.ApplicantKind.ANONYMOUS;
        a.repeatOf = earlierAppealOfApplicant(a);
        a.registrationNumber = numbers.next(registeredOn.getYear(), a.districtCode);
        a.externalRef = externalRef;
        a.createdBy = actor;
        a.persist();

        String note = "Registered under number " + a.registrationNumber + "; answer due by " + a.dueOn
                + (a.redirectRequired ? ". Anonymous report: to be redirected to the competent body" : "")
                + (a.repeatOf != null ? ". Repeat appeal" : "");
        timeline.record(a, "REGISTERED", null, true, note, actor, actorRole, a.registeredAt);
        return a;
    }

    /** The latest appeal of the same applicant (IIN, else phone) on the same topic in the 12 months before. */
    private static Long earlierAppealOfApplicant(Appeal a) {
        String key = a.applicantIin != null ? "applicantIin" : a.applicantPhone != null ? "applicantPhone" : null;
        if (key == null) {
            return null;
        }
        Instant since = ZonedDateTime.ofInstant(a.registeredAt, RegionTime.ZONE).minusMonths(12).toInstant();
        Appeal earlier = Appeal.<Appeal>find(key + " = ?1 and topicCode = ?2 and registeredAt >= ?3 and registeredAt <= ?4"
                        + " order by registeredAt desc, id desc",
                        key.equals("applicantIin") ? a.applicantIin : a.applicantPhone, a.topicCode, since, a.registeredAt)
                .firstResult();
        return earlier == null ? null : earlier.id;
    }
}
