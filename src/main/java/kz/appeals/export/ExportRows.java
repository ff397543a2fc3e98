package kz.appeals.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import kz.appeals.appeal.ExportRow;
import kz.appeals.common.RegionTime;

/**
 * The CSV rows of an export: the register's columns for everyone who may export, and the
 * applicant's columns besides for callers who read appeals. Each record is its column list
 * (common.CsvBodyWriter writes them). Times are ISO-8601 at UTC+5, dates YYYY-MM-DD.
 */
final class ExportRows {
    private ExportRows() {
    }

    @JsonPropertyOrder({"registrationNumber", "externalRef", "channel", "type", "topicCode", "topicGroup", "districtCode",
            "agencyCode", "officialId", "status", "outcome", "receivedAt", "registeredAt", "registeredOn", "dueOn",
            "extended", "overdue", "answeredAt", "answeredOn", "closedAt", "redirectedTo", "redirectedLate", "returned",
            "reopened", "repeat", "signatories", "applicantKind", "applicantGroups", "receptionExternalRef",
            "receptionOfficialType", "receptionHeldAt"})
    record Register(String registrationNumber, String externalRef, String channel, String type, String topicCode,
                    String topicGroup, String districtCode, String agencyCode, Long officialId, String status,
                    String outcome, OffsetDateTime receivedAt, OffsetDateTime registeredAt, LocalDate registeredOn,
                    LocalDate dueOn, boolean extended, boolean overdue, OffsetDateTime answeredAt, LocalDate answeredOn,
                    OffsetDateTime closedAt, String redirectedTo, boolean redirectedLate, boolean returned,
                    boolean reopened, boolean repeat, Integer signatories, String applicantKind,
                    /* groups separated by spaces */ String applicantGroups, String receptionExternalRef,
                    String receptionOfficialType, OffsetDateTime receptionHeldAt) {

        static Register of(ExportRow r) {
            return new Register(r.registrationNumber(), r.externalRef(), r.channel(), r.type(), r.topicCode(),
                    r.topicGroup(), r.districtCode(), r.agencyCode(), r.officialId(), r.status(), r.outcome(),
                    RegionTime.local(r.receivedAt()), RegionTime.local(r.registeredAt()), r.registeredOn(), r.dueOn(),
                    r.extended(), r.overdue(), RegionTime.local(r.answeredAt()), r.answeredOn(),
                    RegionTime.local(r.closedAt()), r.redirectedTo(), r.redirectedLate(), r.returned(), r.reopened(),
                    r.repeat(), r.signatories(), r.applicantKind(), String.join(" ", r.applicantGroups()),
                    r.reception() == null ? null : r.reception().externalRef(),
                    r.reception() == null ? null : r.reception().officialType(),
                    r.reception() == null ? null : RegionTime.local(r.reception().heldAt()));
        }
    }

    /** The register's columns, then the applicant's. */
    @JsonPropertyOrder({"register", "applicantName", "applicantIin", "applicantBin", "applicantPhone", "applicantEmail",
            "applicantAddress"})
    record WithApplicant(@JsonUnwrapped Register register, String applicantName, String applicantIin,
                         String applicantBin, String applicantPhone, String applicantEmail, String applicantAddress) {

        static WithApplicant of(ExportRow r) {
            ExportRow.Applicant a = r.applicant();
            return new WithApplicant(Register.of(r), a.fullName(), a.iin(), a.bin(), a.phone(), a.email(), a.postalAddress());
        }
    }
}
