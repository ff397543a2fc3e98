package kz.appeals.export;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import kz.appeals.appeal.AppealExportQuery.Column;
import kz.appeals.appeal.AppealExportQuery.Row;

/**
 * The CSV columns of an export, in order: the register's columns for everyone who may export,
 * and the applicant's columns besides for callers who read appeals. Each cell is read from the
 * cursor's row as text: times ISO-8601 at UTC+5 (as the JSON writes them), dates YYYY-MM-DD,
 * flags true/false, an absent value empty.
 */
final class ExportColumns {
    /** How a column's value becomes the text of its cell. */
    enum Kind { TEXT, TRIMMED, TIME, FLAG }

    /** A column of the file: its header, the row's column and how it is written. */
    record Cell(String header, Column column, Kind kind) {
    }

    static final List<Cell> REGISTER = List.of(
            new Cell("registrationNumber", Column.REGISTRATION_NUMBER, Kind.TEXT),
            new Cell("externalRef", Column.EXTERNAL_REF, Kind.TEXT),
            new Cell("channel", Column.CHANNEL, Kind.TEXT),
            new Cell("type", Column.TYPE, Kind.TEXT),
            new Cell("topicCode", Column.TOPIC_CODE, Kind.TEXT),
            new Cell("topicGroup", Column.TOPIC_GROUP, Kind.TEXT),
            new Cell("districtCode", Column.DISTRICT_CODE, Kind.TEXT),
            new Cell("agencyCode", Column.AGENCY_CODE, Kind.TEXT),
            new Cell("officialId", Column.OFFICIAL_ID, Kind.TEXT),
            new Cell("status", Column.STATUS, Kind.TEXT),
            new Cell("outcome", Column.OUTCOME, Kind.TEXT),
            new Cell("receivedAt", Column.RECEIVED_AT, Kind.TIME),
            new Cell("registeredAt", Column.REGISTERED_AT, Kind.TIME),
            new Cell("registeredOn", Column.REGISTERED_ON, Kind.TEXT),
            new Cell("originalDueOn", Column.ORIGINAL_DUE_ON, Kind.TEXT),
            new Cell("dueOn", Column.DUE_ON, Kind.TEXT),
            new Cell("extended", Column.EXTENDED, Kind.FLAG),
            new Cell("overdue", Column.OVERDUE, Kind.FLAG),
            new Cell("answeredAt", Column.ANSWERED_AT, Kind.TIME),
            new Cell("answeredOn", Column.ANSWERED_ON, Kind.TEXT),
            new Cell("closedAt", Column.CLOSED_AT, Kind.TIME),
            new Cell("redirectedTo", Column.REDIRECTED_TO, Kind.TEXT),
            new Cell("redirectedLate", Column.REDIRECTED_LATE, Kind.FLAG),
            new Cell("returned", Column.RETURNED, Kind.FLAG),
            new Cell("reopened", Column.REOPENED, Kind.FLAG),
            new Cell("repeat", Column.REPEAT, Kind.FLAG),
            new Cell("signatories", Column.SIGNATORIES, Kind.TEXT),
            new Cell("applicantKind", Column.APPLICANT_KIND, Kind.TEXT),
            new Cell("applicantGroups", Column.APPLICANT_GROUPS, Kind.TEXT),
            new Cell("receptionExternalRef", Column.RECEPTION_EXTERNAL_REF, Kind.TEXT),
            new Cell("receptionOfficialType", Column.RECEPTION_OFFICIAL_TYPE, Kind.TEXT),
            new Cell("receptionHeldAt", Column.RECEPTION_HELD_AT, Kind.TIME),
            new Cell("feedbackSolved", Column.FEEDBACK_SOLVED, Kind.FLAG),
            new Cell("feedbackRating", Column.FEEDBACK_RATING, Kind.TEXT),
            new Cell("feedbackAt", Column.FEEDBACK_AT, Kind.TIME));

    /** The register's columns, then the applicant's and the feedback's comment. */
    static final List<Cell> WITH_APPLICANT = Stream.concat(REGISTER.stream(), Stream.of(
            new Cell("applicantName", Column.APPLICANT_NAME, Kind.TEXT),
            new Cell("applicantIin", Column.APPLICANT_IIN, Kind.TRIMMED),
            new Cell("applicantBin", Column.APPLICANT_BIN, Kind.TRIMMED),
            new Cell("applicantPhone", Column.APPLICANT_PHONE, Kind.TEXT),
            new Cell("applicantEmail", Column.APPLICANT_EMAIL, Kind.TEXT),
            new Cell("applicantAddress", Column.APPLICANT_ADDRESS, Kind.TEXT),
            new Cell("feedbackComment", Column.FEEDBACK_COMMENT, Kind.TEXT))).toList();

    static {
        if (REGISTER.stream().anyMatch(c -> c.column().personal())) {
            throw new IllegalStateException("a personal column among the register's columns of the export");
        }
    }

    private ExportColumns() {
    }

    static List<String> headers(List<Cell> cells) {
        return cells.stream().map(Cell::header).toList();
    }

    /** The row's cells as text into {@code into} (as long as {@code cells}), null for an absent value. */
    static void read(Row row, List<Cell> cells, String[] into) throws SQLException {
        for (int i = 0; i < into.length; i++) {
            Cell cell = cells.get(i);
            into[i] = switch (cell.kind()) {
                case TEXT -> row.text(cell.column());
                case TRIMMED -> row.trimmed(cell.column());
                case TIME -> time(row.local(cell.column()));
                case FLAG -> flag(row.flag(cell.column()));
            };
        }
    }

    private static String time(OffsetDateTime value) {
        return value == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
    }

    private static String flag(Boolean value) {
        return value == null ? null : value ? "true" : "false";
    }
}
