package kz.appeals.appeal;

import static kz.appeals.common.SqlValues.date;
import static kz.appeals.common.SqlValues.instant;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import kz.appeals.common.RegionTime;
import kz.appeals.common.SqlBuilder;
import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * The register row by row for an export: the list's filters and reading scope, oldest first,
 * read through a server-side cursor so that memory holds one fetch of rows whatever the number
 * of appeals. The rows carry the applicant's personal fields only when asked.
 */
@ApplicationScoped
public class AppealExportQuery {
    /** Rows fetched per round trip: a few hundred kilobytes at most. */
    static final int FETCH = 500;
    /** A whole register takes minutes; the transaction only reads. */
    static final int TIMEOUT_SECONDS = 6 * 3600;

    @Inject
    AppealScope scope;

    @Inject
    EntityManager em;

    /** Where an export's rows go. */
    @FunctionalInterface
    public interface Sink {
        void accept(ExportRow row) throws IOException;
    }

    /** A checked query, ready to stream: the caller's scope was settled when it was made. */
    public record Prepared(String where, Map<String, Object> parameters, boolean personal) {
    }

    /**
     * The query of an export. {@code personal}: the caller reads appeals, and gets the rows of
     * their reading scope with the applicant (403 like the list when they lack their claim);
     * otherwise the whole region without it (analysts).
     */
    public Prepared prepare(AppealFilter filter, boolean personal) {
        SqlBuilder where = personal ? scope.condition() : new SqlBuilder().and("true");
        AppealQueries.addFilters(filter, RegionTime.localDate(Instant.now()), where);
        return new Prepared(where.named(), where.parameters(), personal);
    }

    /** Streams the rows, oldest registration first, in a read-only transaction of its own. */
    public void stream(Prepared prepared, Sink sink) throws IOException {
        try {
            QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).run(() -> run(prepared, sink));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void run(Prepared prepared, Sink sink) {
        Session session = em.unwrap(Session.class);
        session.doWork(c -> {
            try (var st = c.createStatement()) {
                st.execute("set transaction read only");
            }
        });
        NativeQuery<?> query = session.createNativeQuery(sql(prepared), Object[].class);
        prepared.parameters().forEach(query::setParameter);
        query.setParameter("today", RegionTime.localDate(Instant.now()));
        query.setFetchSize(FETCH);
        query.setReadOnly(true);
        try (ScrollableResults<?> rows = query.scroll(ScrollMode.FORWARD_ONLY)) {
            while (rows.next()) {
                sink.accept(row((Object[]) rows.get(), prepared.personal()));
            }
        } catch (IOException e) {
            // the client went away: stop reading
            throw new UncheckedIOException(e);
        }
    }

    private static String sql(Prepared p) {
        String personal = p.personal()
                ? "a.applicant_name, a.applicant_iin, a.applicant_bin, a.applicant_phone, a.applicant_email,"
                + " a.applicant_address, a.text, a.answer"
                : "null, null, null, null, null, null, null, null";
        // the day an ending without an answer time was recorded (a live redirection or withdrawal)
        return "select a.id, a.registration_number, a.external_ref, a.channel, a.type, a.topic_code, t.group_code,"
                + " a.district_code, a.agency_code, a.official_id, a.status, a.outcome, a.received_at, a.registered_at,"
                + " a.registered_on, a.due_on, a.extended, a.answered_at, a.answered_on, a.closed_at, a.redirected_to,"
                + " a.redirected_late, a.repeat_of is not null, a.signatories, a.returned, a.reopened,"
                + " appeal_status_is_open(a.status) and a.due_on < :today, a.applicant_kind,"
                + " array_to_string(a.applicant_groups, ','),"
                + " case when a.answered_at is null and a.status in ('REDIRECTED', 'WITHDRAWN')"
                + "      then (select max(e.occurred_at) from appeal_event e where e.appeal_id = a.id) end,"
                + " r.external_ref, r.id, o.official_type, o.full_name, r.scheduled_at, r.format, r.campaign,"
                + " r.citizens_received, " + personal + ","
                + " a.campaign_code, r.campaign_code, a.language, a.location_lat, a.location_long,"
                + (p.personal() ? " a.location_address" : " null")
                + " from appeal a join topic t on t.code = a.topic_code"
                + " left join reception r on r.id = a.reception_id left join official o on o.id = r.official_id"
                + " where " + p.where()
                + " order by a.registered_at, a.id";
    }

    private static ExportRow row(Object[] v, boolean personal) {
        ExportRow.Reception reception = v[31] == null ? null : new ExportRow.Reception(
                v[30] != null ? (String) v[30] : "reception-" + number(v[31]), (String) v[32], (String) v[33],
                instant(v[34]), (String) v[35], (String) v[36], v[37] == null ? null : ((Number) v[37]).intValue(),
                (String) v[47]);
        ExportRow.Applicant applicant = personal
                ? new ExportRow.Applicant((String) v[38], trim(v[39]), trim(v[40]), (String) v[41], (String) v[42],
                (String) v[43]) : null;
        String groups = (String) v[28];
        return new ExportRow(number(v[0]), (String) v[1], (String) v[2], (String) v[3], (String) v[4], (String) v[5],
                (String) v[6], (String) v[7], (String) v[8], v[9] == null ? null : number(v[9]), (String) v[10],
                (String) v[11], instant(v[12]), instant(v[13]), date(v[14]), date(v[15]), (Boolean) v[16],
                instant(v[17]), date(v[18]), instant(v[19]), (String) v[20], (Boolean) v[21], (Boolean) v[22],
                v[23] == null ? null : ((Number) v[23]).intValue(), (Boolean) v[24], (Boolean) v[25], (Boolean) v[26],
                (String) v[27], groups == null || groups.isEmpty() ? new String[0] : groups.split(","), instant(v[29]),
                reception, applicant, personal ? (String) v[44] : null, personal ? (String) v[45] : null,
                (String) v[46], (String) v[48], location(v[49], v[50], (String) v[51]));
    }

    private static Location location(Object lat, Object lon, String address) {
        if (lat == null && address == null) {
            return null;
        }
        return new Location(lat == null ? null : ((Number) lat).doubleValue(), lon == null ? null : ((Number) lon).doubleValue(),
                address);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** IIN and BIN are char(12): the driver may hand them back as Character for a one-letter value, never here. */
    private static String trim(Object value) {
        return value == null ? null : value.toString().strip();
    }
}
