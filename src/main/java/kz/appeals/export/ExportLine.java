package kz.appeals.export;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import kz.appeals.appeal.AppealType;
import kz.appeals.appeal.ApplicantKind;
import kz.appeals.appeal.Channel;
import kz.appeals.appeal.ExportRow;
import kz.appeals.appeal.Outcome;
import kz.appeals.catalogue.OfficialType;
import kz.appeals.common.RegionTime;
import kz.appeals.imports.ImportLine;
import kz.appeals.intake.NewAppeal;
import kz.appeals.reception.ReceptionFormat;

/**
 * One NDJSON line of an export: a line of the historical import ({@link ImportLine}, the very
 * record the import reads), so that the export of a register imports into another one, and
 * {@code register}: what this register derived (number, status, dates, flags), which the import
 * ignores and derives again.
 */
record ExportLine(@JsonUnwrapped ImportLine line, Register register) {

    /** The register's own facts of the appeal. */
    record Register(String registrationNumber, String status, Outcome outcome, String topicGroup, String agencyCode,
                    Long officialId, OffsetDateTime registeredAt, LocalDate registeredOn, LocalDate originalDueOn,
                    LocalDate dueOn, boolean extended, boolean overdue, OffsetDateTime answeredAt, LocalDate answeredOn,
                    OffsetDateTime closedAt, String redirectedTo, boolean redirectedLate, boolean returned,
                    boolean reopened, boolean repeat, Feedback feedback) {
    }

    /** The applicant's verdict on the answer in force, when given; the comment only with the applicant. */
    record Feedback(boolean solved, int rating, OffsetDateTime givenAt, String comment) {
        static Feedback of(ExportRow.Feedback f) {
            return f == null ? null : new Feedback(f.solved(), f.rating(), RegionTime.local(f.givenAt()), f.comment());
        }
    }

    /**
     * The import's line of an appeal: impersonal rows (an analyst's export) carry no applicant
     * fields and no text, and so do not import. An ending the import can state (closed with an
     * answer, redirected, withdrawn) is the resolution; open and awaiting-acceptance appeals go
     * without one and import as registered.
     */
    static ExportLine of(ExportRow r) {
        ExportRow.Applicant a = r.applicant();
        List<NewAppeal.ApplicantGroup> groups = Arrays.stream(r.applicantGroups()).map(NewAppeal.ApplicantGroup::valueOf).toList();
        NewAppeal.Applicant applicant = new NewAppeal.Applicant(ApplicantKind.valueOf(r.applicantKind()),
                a == null ? null : a.fullName(), a == null ? null : a.iin(), a == null ? null : a.bin(),
                a == null ? null : a.phone(), a == null ? null : a.email(), a == null ? null : a.postalAddress(),
                groups.isEmpty() ? null : groups);
        ImportLine.ReceptionRef reception = r.reception() == null ? null : new ImportLine.ReceptionRef(
                r.reception().externalRef(), OfficialType.valueOf(r.reception().officialType()),
                r.reception().officialName(), RegionTime.local(r.reception().heldAt()),
                ReceptionFormat.valueOf(r.reception().format()), r.reception().campaign(),
                r.reception().citizensReceived() == null ? 0 : r.reception().citizensReceived(),
                r.reception().campaignCode());
        Outcome outcome = r.outcome() == null ? null : Outcome.valueOf(r.outcome());
        ImportLine.Resolution resolution = null;
        if (outcome != null && Arrays.asList("CLOSED", "REDIRECTED", "WITHDRAWN").contains(r.status())) {
            resolution = new ImportLine.Resolution(r.agencyCode(),
                    RegionTime.local(r.answeredAt() != null ? r.answeredAt() : r.endedAt()), outcome, answer(r, outcome));
        }
        ImportLine line = new ImportLine(r.externalRef() != null ? r.externalRef() : r.registrationNumber(),
                Channel.valueOf(r.channel()), AppealType.valueOf(r.type()), r.topicCode(), r.districtCode(), r.text(),
                applicant, r.signatories(), RegionTime.local(r.receivedAt()), reception, resolution, r.campaignCode(), null,
                r.location());
        Register register = new Register(r.registrationNumber(), r.status(), outcome, r.topicGroup(), r.agencyCode(),
                r.officialId(), RegionTime.local(r.registeredAt()), r.registeredOn(), r.originalDueOn(), r.dueOn(),
                r.extended(), r.overdue(), RegionTime.local(r.answeredAt()), r.answeredOn(), RegionTime.local(r.closedAt()),
                r.redirectedTo(), r.redirectedLate(), r.returned(), r.reopened(), r.repeat(), Feedback.of(r.feedback()));
        return new ExportLine(line, register);
    }

    /** The import needs words for every ending; a live redirection or withdrawal has none of its own. */
    private static String answer(ExportRow r, Outcome outcome) {
        if (r.answer() != null || r.applicant() == null) {
            return r.answer();
        }
        return switch (outcome) {
            case REDIRECTED -> "Redirected" + (r.redirectedTo() == null ? "" : " to " + r.redirectedTo());
            case TERMINATED -> "Withdrawn";
            default -> "Answered";
        };
    }
}
