package kz.appeals.appeal;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import kz.appeals.appeal.AppealExportQuery.Column;
import kz.appeals.appeal.AppealExportQuery.Row;

/**
 * One appeal as an export writes it: what the register knows of it, the reception it was taken
 * at, and, only for a caller who may read them, the applicant's personal fields, the text and
 * the answer (null otherwise), and the problem's location (a point only, without its address, for the others). Codes are as stored (enum names, catalogue codes).
 */
public record ExportRow(
        long id, String registrationNumber, String externalRef, String channel, String type, String topicCode,
        String topicGroup, String districtCode, String agencyCode, Long officialId, String status, String outcome,
        Instant receivedAt, Instant registeredAt, LocalDate registeredOn, LocalDate originalDueOn, LocalDate dueOn,
        boolean extended, Instant answeredAt, LocalDate answeredOn, Instant closedAt, String redirectedTo,
        boolean redirectedLate, boolean repeat, Integer signatories, boolean returned, boolean reopened, boolean overdue,
        String applicantKind, String[] applicantGroups,
        /* when an ending without an answer time (a redirection, a withdrawal) was recorded */ Instant endedAt,
        Reception reception, Applicant applicant, String text, String answer,
        String campaignCode, String language, Location location, Feedback feedback) {

    /** The reception an appeal was taken at; externalRef is the register's own reference when it has none. */
    public record Reception(String externalRef, String officialType, String officialName, Instant heldAt, String format,
                            String campaign, Integer citizensReceived, String campaignCode) {
    }

    /** The applicant's personal fields (phone in E.164). */
    public record Applicant(String fullName, String iin, String bin, String phone, String email, String postalAddress) {
    }

    /** The applicant's verdict on the answer in force; the comment only with the applicant's fields. */
    public record Feedback(boolean solved, int rating, Instant givenAt, String comment) {
    }

    /** The cursor's current row; {@code personal}: the query read the applicant's fields. */
    public static ExportRow of(Row r, boolean personal) throws SQLException {
        Long receptionId = r.number(Column.RECEPTION_ID);
        Reception reception = receptionId == null ? null : new Reception(
                r.text(Column.RECEPTION_EXTERNAL_REF) != null ? r.text(Column.RECEPTION_EXTERNAL_REF) : "reception-" + receptionId,
                r.text(Column.RECEPTION_OFFICIAL_TYPE), r.text(Column.RECEPTION_OFFICIAL_NAME),
                r.instant(Column.RECEPTION_HELD_AT), r.text(Column.RECEPTION_FORMAT), r.text(Column.RECEPTION_CAMPAIGN),
                integer(r.number(Column.RECEPTION_CITIZENS)), r.text(Column.RECEPTION_CAMPAIGN_CODE));
        Applicant applicant = personal ? new Applicant(r.text(Column.APPLICANT_NAME), r.trimmed(Column.APPLICANT_IIN),
                r.trimmed(Column.APPLICANT_BIN), r.text(Column.APPLICANT_PHONE), r.text(Column.APPLICANT_EMAIL),
                r.text(Column.APPLICANT_ADDRESS)) : null;
        Boolean solved = r.flag(Column.FEEDBACK_SOLVED);
        Feedback feedback = solved == null ? null : new Feedback(solved, r.number(Column.FEEDBACK_RATING).intValue(),
                r.instant(Column.FEEDBACK_AT), r.text(Column.FEEDBACK_COMMENT));
        String groups = r.text(Column.APPLICANT_GROUPS);
        Double lat = r.decimal(Column.LOCATION_LAT);
        String address = r.text(Column.LOCATION_ADDRESS);
        Location location = lat == null && address == null ? null
                : new Location(lat, r.decimal(Column.LOCATION_LONG), address);
        return new ExportRow(r.number(Column.ID), r.text(Column.REGISTRATION_NUMBER), r.text(Column.EXTERNAL_REF),
                r.text(Column.CHANNEL), r.text(Column.TYPE), r.text(Column.TOPIC_CODE), r.text(Column.TOPIC_GROUP),
                r.text(Column.DISTRICT_CODE), r.text(Column.AGENCY_CODE), r.number(Column.OFFICIAL_ID),
                r.text(Column.STATUS), r.text(Column.OUTCOME), r.instant(Column.RECEIVED_AT),
                r.instant(Column.REGISTERED_AT), r.date(Column.REGISTERED_ON), r.date(Column.ORIGINAL_DUE_ON),
                r.date(Column.DUE_ON), r.flag(Column.EXTENDED), r.instant(Column.ANSWERED_AT), r.date(Column.ANSWERED_ON),
                r.instant(Column.CLOSED_AT), r.text(Column.REDIRECTED_TO), r.flag(Column.REDIRECTED_LATE),
                r.flag(Column.REPEAT), integer(r.number(Column.SIGNATORIES)), r.flag(Column.RETURNED),
                r.flag(Column.REOPENED), r.flag(Column.OVERDUE), r.text(Column.APPLICANT_KIND),
                groups == null || groups.isEmpty() ? new String[0] : groups.split(" "), r.instant(Column.ENDED_AT),
                reception, applicant, r.text(Column.TEXT), r.text(Column.ANSWER), r.text(Column.CAMPAIGN_CODE),
                r.text(Column.LANGUAGE), location, feedback);
    }

    private static Integer integer(Long value) {
        return value == null ? null : value.intValue();
    }
}
