package kz.appeals.appeal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One appeal as an export writes it: what the register knows of it, the reception it was taken
 * at, and, only for a caller who may read them, the applicant's personal fields, the text and
 * the answer (null otherwise), and the problem's location (a point only, without its address, for the others). Codes are as stored (enum names, catalogue codes).
 */
public record ExportRow(
        long id, String registrationNumber, String externalRef, String channel, String type, String topicCode,
        String topicGroup, String districtCode, String agencyCode, Long officialId, String status, String outcome,
        Instant receivedAt, Instant registeredAt, LocalDate registeredOn, LocalDate dueOn, boolean extended,
        Instant answeredAt, LocalDate answeredOn, Instant closedAt, String redirectedTo, boolean redirectedLate,
        boolean repeat, Integer signatories, boolean returned, boolean reopened, boolean overdue,
        String applicantKind, String[] applicantGroups,
        /* when an ending without an answer time (a redirection, a withdrawal) was recorded */ Instant endedAt,
        Reception reception, Applicant applicant, String text, String answer,
        String campaignCode, String language, Location location) {

    /** The reception an appeal was taken at; externalRef is the register's own reference when it has none. */
    public record Reception(String externalRef, String officialType, String officialName, Instant heldAt, String format,
                            String campaign, Integer citizensReceived, String campaignCode) {
    }

    /** The applicant's personal fields (phone in E.164). */
    public record Applicant(String fullName, String iin, String bin, String phone, String email, String postalAddress) {
    }
}
