package kz.appeals.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.appeals.common.ReadReplica;
import kz.appeals.common.RegionTime;
import kz.appeals.common.SqlBuilder;
import kz.appeals.deadline.WorkingCalendar;

/**
 * The register row by row for an export: the list's filters and reading scope, oldest
 * registration first, read on the replica (common.ReadReplica: the standby when one is
 * configured) through a cursor fetched {@value #FETCH} rows at a time, so that memory holds one
 * fetch whatever the number of appeals. The cursor is declared, so PostgreSQL plans it to
 * deliver its first rows soon (cursor_tuple_fraction; a protocol-level portal is planned for all
 * its rows): an unfiltered export walks the index on the registration time rather than sort the
 * register before its first row. Rows carry the applicant's personal fields only when asked.
 */
@ApplicationScoped
public class AppealExportQuery {
    /** Rows fetched per round trip: a few hundred kilobytes at most. */
    static final int FETCH = 1000;
    private static final Pattern PARAMETER = Pattern.compile("(?<!:):([a-zA-Z][a-zA-Z0-9]*)");

    @Inject
    AppealScope scope;

    @Inject
    ReadReplica replica;

    @Inject
    WorkingCalendar calendar;

    /** Where an export's rows go; the row is valid during the call only. */
    @FunctionalInterface
    public interface Sink {
        void accept(Row row) throws IOException, SQLException;
    }

    /** A checked query, ready to stream: the caller's scope was settled when it was made. */
    public record Prepared(String where, Map<String, Object> parameters, boolean personal) {
    }

    /**
     * The columns of a row, in the order of the select list. The personal ones are null unless
     * the query is {@link Prepared#personal()}.
     */
    public enum Column {
        ID("a.id"),
        REGISTRATION_NUMBER("a.registration_number"),
        EXTERNAL_REF("a.external_ref"),
        CHANNEL("a.channel"),
        TYPE("a.type"),
        TOPIC_CODE("a.topic_code"),
        TOPIC_GROUP("t.group_code"),
        DISTRICT_CODE("a.district_code"),
        AGENCY_CODE("a.agency_code"),
        OFFICIAL_ID("a.official_id"),
        STATUS("a.status"),
        OUTCOME("a.outcome"),
        RECEIVED_AT("a.received_at"),
        REGISTERED_AT("a.registered_at"),
        REGISTERED_ON("a.registered_on"),
        ORIGINAL_DUE_ON("coalesce(a.original_due_on, a.due_on)"),
        DUE_ON("a.due_on"),
        EXTENDED("a.extended"),
        // "open" is appeal_status_is_open() (R__appeal_status.sql), as for the list's overdue filter
        OVERDUE("appeal_status_is_open(a.status) and a.due_on < :today"),
        ANSWERED_AT("a.answered_at"),
        ANSWERED_ON("a.answered_on"),
        CLOSED_AT("a.closed_at"),
        REDIRECTED_TO("a.redirected_to"),
        REDIRECTED_LATE("a.redirected_late"),
        RETURNED("a.returned"),
        REOPENED("a.reopened"),
        REPEAT("a.repeat_of is not null"),
        SIGNATORIES("a.signatories"),
        APPLICANT_KIND("a.applicant_kind"),
        /** Separated by spaces. */
        APPLICANT_GROUPS("array_to_string(a.applicant_groups, ' ')"),
        /** When an ending without an answer time (a live redirection or withdrawal) was recorded. */
        ENDED_AT("case when a.answered_at is null and a.status in ('REDIRECTED', 'WITHDRAWN')"
                + " then (select max(e.occurred_at) from appeal_event e where e.appeal_id = a.id) end"),
        RECEPTION_ID("r.id"),
        RECEPTION_EXTERNAL_REF("r.external_ref"),
        RECEPTION_OFFICIAL_TYPE("o.official_type"),
        RECEPTION_OFFICIAL_NAME("o.full_name"),
        RECEPTION_HELD_AT("r.scheduled_at"),
        RECEPTION_FORMAT("r.format"),
        RECEPTION_CAMPAIGN("r.campaign"),
        RECEPTION_CITIZENS("r.citizens_received"),
        RECEPTION_CAMPAIGN_CODE("r.campaign_code"),
        CAMPAIGN_CODE("a.campaign_code"),
        LANGUAGE("a.language"),
        LOCATION_LAT("a.location_lat"),
        LOCATION_LONG("a.location_long"),
        /** The applicant's verdict on the answer in force (the current closure), when given. */
        FEEDBACK_SOLVED("f.solved"),
        FEEDBACK_RATING("f.rating"),
        FEEDBACK_AT("f.recorded_at"),
        APPLICANT_NAME("a.applicant_name", true),
        APPLICANT_IIN("a.applicant_iin", true),
        APPLICANT_BIN("a.applicant_bin", true),
        APPLICANT_PHONE("a.applicant_phone", true),
        APPLICANT_EMAIL("a.applicant_email", true),
        APPLICANT_ADDRESS("a.applicant_address", true),
        TEXT("a.text", true),
        ANSWER("a.answer", true),
        LOCATION_ADDRESS("a.location_address", true),
        /** Free text from the applicant: it may name people, so it goes only with the applicant's fields. */
        FEEDBACK_COMMENT("f.comment", true);

        private final String sql;
        private final boolean personal;

        Column(String sql) {
            this(sql, false);
        }

        Column(String sql, boolean personal) {
            this.sql = sql;
            this.personal = personal;
        }

        /** Whether only a caller who reads appeals gets it. */
        public boolean personal() {
            return personal;
        }
    }

    /** The current row of the cursor, read by column. */
    public static final class Row {
        private final ResultSet rs;

        private Row(ResultSet rs) {
            this.rs = rs;
        }

        /** The column as PostgreSQL writes it (numbers, dates YYYY-MM-DD, codes), or null. */
        public String text(Column c) throws SQLException {
            return rs.getString(c.ordinal() + 1);
        }

        /** A fixed-width identifier (IIN, BIN: char(12)) without its padding, or null. */
        public String trimmed(Column c) throws SQLException {
            String value = rs.getString(c.ordinal() + 1);
            return value == null ? null : value.strip();
        }

        public Long number(Column c) throws SQLException {
            long value = rs.getLong(c.ordinal() + 1);
            return rs.wasNull() ? null : value;
        }

        public Double decimal(Column c) throws SQLException {
            double value = rs.getDouble(c.ordinal() + 1);
            return rs.wasNull() ? null : value;
        }

        public Boolean flag(Column c) throws SQLException {
            boolean value = rs.getBoolean(c.ordinal() + 1);
            return rs.wasNull() ? null : value;
        }

        public Instant instant(Column c) throws SQLException {
            OffsetDateTime value = rs.getObject(c.ordinal() + 1, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }

        /** A time at UTC+5, the register's zone, or null. */
        public OffsetDateTime local(Column c) throws SQLException {
            OffsetDateTime value = rs.getObject(c.ordinal() + 1, OffsetDateTime.class);
            return value == null ? null : value.withOffsetSameInstant(RegionTime.ZONE);
        }

        public LocalDate date(Column c) throws SQLException {
            return rs.getObject(c.ordinal() + 1, LocalDate.class);
        }
    }

    /**
     * The query of an export. {@code personal}: the caller reads appeals, and gets the rows of
     * their reading scope with the applicant (403 like the list when they lack their claim);
     * otherwise the whole region without it (analysts).
     */
    public Prepared prepare(AppealFilter filter, boolean personal) {
        SqlBuilder where = personal ? scope.condition() : new SqlBuilder().and("true");
        LocalDate today = RegionTime.localDate(Instant.now());
        AppealQueries.addFilters(filter, today, calendar, where);
        Map<String, Object> params = new HashMap<>(where.parameters());
        params.put("today", today);
        return new Prepared(where.named(), params, personal);
    }

    /**
     * Streams the rows, oldest registration first, in one read-only transaction on the replica.
     * An IOException of the sink (the client went away) ends the reading and is thrown as it is.
     */
    public void stream(Prepared prepared, Sink sink) throws IOException {
        try {
            replica.read(c -> {
                run(c, prepared, sink);
                return null;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void run(Connection c, Prepared prepared, Sink sink) throws SQLException {
        try (Statement settings = c.createStatement()) {
            // JIT compiles a plan this large for seconds before its first row (measured: 2-3 s against
            // 50 ms without it); the rows need no compiled expressions. For this transaction only.
            settings.execute("set local jit = off");
        }
        List<Object> values = new ArrayList<>();
        String sql = positional(sql(prepared), prepared.parameters(), values);
        try (PreparedStatement declare = c.prepareStatement("declare export_rows no scroll cursor for " + sql)) {
            for (int i = 0; i < values.size(); i++) {
                declare.setObject(i + 1, values.get(i));
            }
            declare.execute();
        }
        try (Statement fetch = c.createStatement()) {
            Row row;
            int fetched;
            do {
                fetched = 0;
                try (ResultSet rs = fetch.executeQuery("fetch forward " + FETCH + " from export_rows")) {
                    row = new Row(rs);
                    while (rs.next()) {
                        fetched++;
                        sink.accept(row);
                    }
                }
            } while (fetched == FETCH);
        } catch (IOException e) {
            // the client went away: stop reading
            throw new UncheckedIOException(e);
        }
    }

    private static String sql(Prepared p) {
        StringJoiner select = new StringJoiner(", ");
        for (Column column : Column.values()) {
            select.add(column.personal && !p.personal() ? "null" : column.sql);
        }
        return "select " + select
                + " from appeal a join topic t on t.code = a.topic_code"
                + " left join reception r on r.id = a.reception_id left join official o on o.id = r.official_id"
                + " left join appeal_feedback f on f.appeal_id = a.id and f.closed_at = a.closed_at"
                + " where " + p.where()
                + " order by a.registered_at, a.id";
    }

    /**
     * The query with its named parameters ({@code :name}, as the list's filters write them) made
     * positional; a collection becomes one placeholder per element. {@code values} receives the
     * values in order.
     */
    static String positional(String sql, Map<String, Object> parameters, List<Object> values) {
        Matcher m = PARAMETER.matcher(sql);
        StringBuilder out = new StringBuilder(sql.length());
        while (m.find()) {
            String name = m.group(1);
            if (!parameters.containsKey(name)) {
                throw new IllegalArgumentException("no value for the parameter :" + name);
            }
            Object value = parameters.get(name);
            String placeholders;
            if (value instanceof Collection<?> many) {
                if (many.isEmpty()) {
                    throw new IllegalArgumentException("the parameter :" + name + " is an empty list");
                }
                values.addAll(many);
                placeholders = String.join(", ", java.util.Collections.nCopies(many.size(), "?"));
            } else {
                values.add(value);
                placeholders = "?";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(placeholders));
        }
        m.appendTail(out);
        return out.toString();
    }
}
