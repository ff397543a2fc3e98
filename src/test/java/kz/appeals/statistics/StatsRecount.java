package kz.appeals.statistics;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The figures recounted in plain SQL over the raw tables (appeal, reception, official,
 * calendar_day), written apart from the service's rollups so that the tests check them.
 * Results map a group key (TOTAL for the total) to figure name and canonical value.
 */
final class StatsRecount {
    static final String TOTAL = "TOTAL";
    static final List<String> APPEAL_FIGURES = List.of("received", "resolved", "pending", "overdue", "positive",
            "explained", "rejected", "redirected", "terminated", "repeat", "positiveRate", "medianWorkingDaysToAnswer",
            "answeredOnTime", "answeredLate", "onTimeRate", "extended", "redirectedLate", "returned", "reopened",
            "collective", "anonymous", "feedbackCount", "confirmedPositive", "disputed", "averageRating", "noticesLate",
            "noticesOnTime", "noticesOnTimeRate");
    static final List<String> RECEPTION_FIGURES = List.of("receptionsHeld", "citizensReceived", "appealsReceived",
            "positive", "positiveRate");

    /** The kind of an appeal's or reception's campaign (alias %s), NONE without a campaign. */
    private static final String CAMPAIGN_KIND =
            "coalesce((select cc.kind from campaign cc where cc.code = %s.campaign_code), 'NONE')";

    private StatsRecount() {
    }

    private static String appealKey(String groupBy) {
        if (groupBy == null) {
            return "'" + TOTAL + "'";
        }
        return switch (groupBy) {
            case "channel" -> "a.channel";
            case "districtCode" -> "a.district_code";
            case "topicCode" -> "a.topic_code";
            case "topicGroup" -> "(select t.group_code from topic t where t.code = a.topic_code)";
            case "agencyCode" -> "coalesce(a.agency_code, 'UNASSIGNED')";
            case "officialId" -> "coalesce(a.official_id::text, 'NONE')";
            case "type" -> "a.type";
            case "month" -> "to_char(a.registered_on, 'YYYY-MM')";
            case "applicantGroup" -> "grp.g";
            case "campaign" -> "coalesce(a.campaign_code, 'NONE')";
            // an earlier year's rows of groupBy=campaign: campaigns of one kind together
            case "campaignKind" -> CAMPAIGN_KIND.formatted("a");
            default -> throw new IllegalArgumentException(groupBy);
        };
    }

    static Map<String, Map<String, String>> appeals(Connection c, LocalDate from, LocalDate to, String groupBy,
                                                    Set<String> districts, LocalDate today) throws SQLException {
        String groups = "applicantGroup".equals(groupBy)
                ? " cross join lateral (select distinct g from unnest(case when cardinality(a.applicant_groups) = 0"
                + " then array['NONE']::varchar[] else a.applicant_groups end) g) grp" : "";
        String sql = "select " + appealKey(groupBy) + " as k,"
                + " count(*) as received,"
                + " count(*) filter (where a.done) as resolved,"
                + " count(*) filter (where not a.done) as pending,"
                + " count(*) filter (where not a.done and a.due_on < ?) as overdue,"
                + " count(*) filter (where a.done and a.outcome = 'POSITIVE') as positive,"
                + " count(*) filter (where a.done and a.outcome = 'EXPLAINED') as explained,"
                + " count(*) filter (where a.done and a.outcome = 'REJECTED') as rejected,"
                + " count(*) filter (where a.done and a.outcome = 'REDIRECTED') as redirected,"
                + " count(*) filter (where a.done and a.outcome = 'TERMINATED') as terminated,"
                + " count(*) filter (where a.repeat_of is not null) as repeat,"
                + " round((count(*) filter (where a.done and a.outcome = 'POSITIVE'))::numeric / count(*), 4) as positive_rate,"
                + " percentile_cont(0.5) within group (order by a.wd) filter (where a.done and a.answered_on is not null) as median,"
                + " count(*) filter (where a.answered and a.answered_on <= a.due_on) as on_time,"
                + " count(*) filter (where a.answered and a.answered_on > a.due_on) as late,"
                + " coalesce(round((count(*) filter (where a.answered and a.answered_on <= a.due_on))::numeric"
                + "   / nullif(count(*) filter (where a.answered), 0), 4), 0) as on_time_rate,"
                + " count(*) filter (where a.extended) as extended,"
                + " count(*) filter (where a.done and a.outcome = 'REDIRECTED' and a.redirected_late) as redirected_late,"
                + " count(*) filter (where a.returned) as returned,"
                + " count(*) filter (where a.reopened) as reopened,"
                + " count(*) filter (where a.signatories > 1) as collective,"
                + " count(*) filter (where a.applicant_kind = 'ANONYMOUS') as anonymous,"
                + " count(*) filter (where a.fb_rating is not null) as feedback_count,"
                + " count(*) filter (where a.done and a.outcome = 'POSITIVE' and a.fb_solved) as confirmed_positive,"
                + " count(*) filter (where not a.fb_solved and a.fb_dismissed_at is null) as disputed,"
                + " round(avg(a.fb_rating), 2) as average_rating,"
                + " coalesce(sum(a.notices_late), 0) as notices_late,"
                + " coalesce(sum(a.notices_on_time), 0) as notices_on_time,"
                + " coalesce(round(sum(a.notices_on_time)::numeric / nullif(sum(a.notices_on_time + a.notices_late), 0), 4), 0)"
                + "   as notices_on_time_rate"
                + " from (select x.*, x.status in ('RESOLVED', 'CLOSED', 'REDIRECTED', 'WITHDRAWN') as done,"
                + "   x.status in ('RESOLVED', 'CLOSED', 'REDIRECTED', 'WITHDRAWN')"
                + "     and x.outcome in ('POSITIVE', 'EXPLAINED', 'REJECTED') and x.answered_on is not null as answered,"
                + "   (select count(*) from generate_series(1, x.answered_on - x.registered_on) as n(i)"
                + "     left join calendar_day cd on cd.day = x.registered_on + n.i"
                + "    where case when cd.kind is null then extract(dow from x.registered_on + n.i) not in (0, 6)"
                + "               else cd.kind = 'WORKING_DAY' end) as wd,"
                // the feedback on the current closure only; a reopening clears closed_at
                + "   fb.rating as fb_rating, fb.solved as fb_solved, fb.dismissed_at as fb_dismissed_at,"
                + "   (select count(*) from notice n where n.appeal_id = x.id and n.late) as notices_late,"
                + "   (select count(*) from notice n where n.appeal_id = x.id and not n.late"
                + "     and n.status in ('SENT', 'DELIVERED')) as notices_on_time"
                + "   from appeal x left join appeal_feedback fb on fb.appeal_id = x.id and fb.closed_at = x.closed_at"
                + "   where x.registered_on between ? and ?"
                + (districts.isEmpty() ? "" : " and x.district_code = any(?)") + ") a"
                + groups + " group by 1";
        Map<String, Map<String, String>> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, today);
            ps.setObject(2, from);
            ps.setObject(3, to);
            if (!districts.isEmpty()) {
                ps.setArray(4, c.createArrayOf("varchar", districts.toArray()));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), row(rs, APPEAL_FIGURES));
                }
            }
        }
        if (groupBy == null && out.isEmpty()) {
            out.put(TOTAL, emptyAppeals());
        }
        return out;
    }

    static Map<String, String> emptyAppeals() {
        Map<String, String> zero = new LinkedHashMap<>();
        APPEAL_FIGURES.forEach(f -> zero.put(f, "0"));
        zero.put("medianWorkingDaysToAnswer", "null");
        zero.put("averageRating", "null");
        return zero;
    }

    private static String receptionKey(String groupBy) {
        if (groupBy == null) {
            return "'" + TOTAL + "'";
        }
        return switch (groupBy) {
            case "officialType" -> "o.official_type";
            case "officialId" -> "r.official_id::text";
            case "districtCode" -> "r.district_code";
            case "format" -> "r.format";
            case "month" -> "to_char(r.held_on, 'YYYY-MM')";
            case "campaign" -> "coalesce(r.campaign_code, 'NONE')";
            case "campaignKind" -> CAMPAIGN_KIND.formatted("r");
            default -> throw new IllegalArgumentException(groupBy);
        };
    }

    static Map<String, Map<String, String>> receptions(Connection c, LocalDate from, LocalDate to, String groupBy,
                                                       Set<String> districts) throws SQLException {
        String sql = "select k, count(*), sum(citizens_received), sum(appeals), sum(positive),"
                + " case when sum(appeals) = 0 then 0 else round(sum(positive)::numeric / sum(appeals), 4) end"
                + " from (select " + receptionKey(groupBy) + " as k, r.citizens_received,"
                + "   (select count(*) from appeal a where a.reception_id = r.id) as appeals,"
                + "   (select count(*) from appeal a where a.reception_id = r.id and a.outcome = 'POSITIVE'"
                + "      and a.status in ('RESOLVED', 'CLOSED', 'REDIRECTED', 'WITHDRAWN')) as positive"
                + "   from reception r join official o on o.id = r.official_id"
                + "  where r.status = 'HELD' and r.held_on between ? and ?"
                + (districts.isEmpty() ? "" : " and r.district_code = any(?)") + ") x group by k";
        Map<String, Map<String, String>> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, from);
            ps.setObject(2, to);
            if (!districts.isEmpty()) {
                ps.setArray(3, c.createArrayOf("varchar", districts.toArray()));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), row(rs, RECEPTION_FIGURES));
                }
            }
        }
        if (groupBy == null && out.isEmpty()) {
            Map<String, String> zero = new LinkedHashMap<>();
            RECEPTION_FIGURES.forEach(f -> zero.put(f, "0"));
            out.put(TOTAL, zero);
        }
        return out;
    }

    private static Map<String, String> row(ResultSet rs, List<String> names) throws SQLException {
        Map<String, String> figures = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            figures.put(names.get(i), canonical(rs.getObject(i + 2)));
        }
        return figures;
    }

    /** The kind of each campaign by code, and NONE for NONE: how groupBy=campaign compares with earlier years. */
    static Map<String, String> campaignKinds(Connection c) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        out.put("NONE", "NONE");
        try (PreparedStatement ps = c.prepareStatement("select code, kind from campaign"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    /**
     * An earlier year's groups of groupBy=campaign: under each key of the period asked for, the
     * recount of the campaigns of its kind (by kind: byKind), left out when there is none.
     */
    static Map<String, Map<String, String>> byKind(Set<String> keys, Map<String, String> kinds,
                                                   Map<String, Map<String, String>> byKind) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        for (String key : keys) {
            Map<String, String> row = byKind.get(kinds.get(key));
            if (row != null) {
                out.put(key, row);
            }
        }
        return out;
    }

    /** Numbers compared by value (0.83 = 0.8300, 7 = 7.0); null stays null. */
    static String canonical(Object value) {
        if (value == null) {
            return "null";
        }
        BigDecimal d = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
}
