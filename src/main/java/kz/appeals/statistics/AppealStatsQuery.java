package kz.appeals.statistics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Sums the appeal rollups (R__statistics.sql, docs/statistics.md) and the deltas not yet
 * compacted into them, per period and key. Two statements (counts with the histogram of working
 * days to answer, and pending appeals not yet due) that the caller runs in one snapshot.
 */
final class AppealStatsQuery {
    /** The district code of the rollup rows that sum the whole region. */
    static final String REGION = "*";
    /**
     * The counters of a cell, then its histogram of working days to answer as text: the driver
     * may fetch a server-prepared statement's arrays in binary and write them back quoted.
     */
    private static final List<String> ROLLUP_COUNTS = Stream.concat(
            Arrays.stream(AppealCounter.values()).map(c -> "s." + c.column), Stream.of("s.answer_days::text")).toList();
    /** The same, summed over the deltas of a period and key. */
    private static final List<String> DELTA_COUNTS = Stream.concat(
            Arrays.stream(AppealCounter.values()).map(c -> "sum(" + c.delta + ")"),
            Stream.of("stats_hist(d.working_days, d.sign)::text")).toList();
    private static final int HISTOGRAM_COLUMN = 3 + AppealCounter.values().length;

    /** The totals and groups of one period. */
    record Result(AppealTally total, TreeMap<String, AppealTally> groups) {
        AppealTally of(String key) {
            return key == null ? total : groups.computeIfAbsent(key, k -> new AppealTally());
        }
    }

    private final AppealGrouping grouping;
    private final List<Period> periods;
    private final Set<String> districts;

    AppealStatsQuery(AppealGrouping grouping, List<Period> periods, Set<String> districts) {
        this.grouping = grouping;
        this.periods = periods;
        this.districts = districts;
    }

    List<Result> run(Connection connection, LocalDate today) throws SQLException {
        List<Result> results = new ArrayList<>(periods.size());
        periods.forEach(p -> results.add(new Result(new AppealTally(), new TreeMap<>())));

        read(connection, build("stats_appeal", ROLLUP_COUNTS, DELTA_COUNTS, null), results, (rs, t) -> {
            for (int i = 0; i < t.counts.length; i++) {
                t.counts[i] += rs.getLong(3 + i);
            }
            t.addAnswerDays(rs.getString(HISTOGRAM_COLUMN));
        });
        // Overdue = pending - pending not yet due: due dates from today on are a few weeks' worth.
        read(connection, build("stats_appeal_pending_due", List.of("s.appeals"), List.of("sum(d.sign)"),
                sql -> sql.add(" and due_on >= ").bind(today).add("::date")), results,
                (rs, t) -> t.notYetDue += rs.getLong(3));

        if (!totalsRead()) {
            results.forEach(r -> r.groups().values().forEach(r.total()::add));
        }
        // Keys whose appeals all moved elsewhere leave zero rows behind: they are not groups.
        results.forEach(r -> r.groups().values().removeIf(AppealTally::isEmpty));
        return results;
    }

    /**
     * Totals are read from their own rows only when the groups do not partition the appeals:
     * without a grouping, and for applicant groups (an appeal may be in two). Otherwise the
     * total is the sum of the groups, histogram included, and half the rows are not read.
     */
    private boolean totalsRead() {
        return grouping == null || grouping == AppealGrouping.APPLICANT_GROUP;
    }

    private interface RowReader {
        void read(ResultSet rs, AppealTally tally) throws SQLException;
    }

    private static void read(Connection connection, Sql sql, List<Result> results, RowReader reader) throws SQLException {
        try (PreparedStatement ps = sql.prepare(connection); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                reader.read(rs, results.get(rs.getInt(1)).of(rs.getString(2)));
            }
        }
    }

    /**
     * {@code select n, k, v1, ...}: the rollup rows of every period's segments as they are, and
     * the deltas of its dates summed per period and key; once for the total (k null) and once
     * for the grouping's keys. The caller adds up the rows of each period and key: a rollup
     * row is a cell (days x districts x keys bound their number), and summing histograms is
     * simpler in Java than in SQL. The filter names columns that the rollup table and the
     * deltas share (due_on).
     */
    private Sql build(String table, List<String> rollupValues, List<String> deltaValues, Function<Sql, Sql> filter) {
        Sql sql = new Sql();
        String separator = "";
        for (int n = 0; n < periods.size(); n++) {
            for (Period.Segment segment : periods.get(n).segments()) {
                if (totalsRead()) {
                    sql.add(separator);
                    rollup(sql, table, n, segment, "T", "null::text", "", rollupValues, filter);
                    separator = " union all ";
                }
                if (grouping != null) {
                    sql.add(separator);
                    rollup(sql, table, n, segment, grouping.dim, grouping.rollupKey, grouping.rollupJoin, rollupValues,
                            filter);
                    separator = " union all ";
                }
            }
        }
        if (totalsRead()) {
            sql.add(separator);
            delta(sql, "null::text", "", deltaValues, filter);
        }
        if (grouping != null) {
            sql.add(separator);
            delta(sql, grouping.deltaKey, grouping.deltaJoin, deltaValues, filter);
        }
        return sql;
    }

    private void rollup(Sql sql, String table, int n, Period.Segment segment, String dim, String key, String join,
                        List<String> values, Function<Sql, Sql> filter) {
        sql.add("select " + n + " as n, " + key + " as k");
        for (String value : values) {
            sql.add(", " + value);
        }
        sql.add(" from " + table + " s" + join + " where s.grain = '" + segment.grain() + "' and s.dim = '" + dim + "'");
        if (!districts.isEmpty()) {
            sql.inDistricts("s.district_code", districts);
        } else if (key.equals(AppealGrouping.DISTRICT.rollupKey)) {
            sql.add(" and s.district_code <> '" + REGION + "'");
        } else {
            // The region's own rows: one per key rather than one per district and key.
            sql.add(" and s.district_code = '" + REGION + "'");
        }
        sql.add(" and s.period between ").bind(segment.from()).add("::date and ").bind(segment.to()).add("::date");
        if (filter != null) {
            filter.apply(sql);
        }
    }

    private void delta(Sql sql, String key, String join, List<String> values, Function<Sql, Sql> filter) {
        sql.add("select per.n, " + key + " as k");
        for (String value : values) {
            sql.add(", " + value);
        }
        sql.add(" from stats_appeal_delta d" + join + " join ").periods(periods)
                .add(" on d.registered_on between per.f and per.t where true").inDistricts("d.district_code", districts);
        if (filter != null) {
            filter.apply(sql);
        }
        sql.add(" group by 1, 2");
    }
}
