package kz.appeals.statistics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import kz.appeals.statistics.StatsDtos.ReceptionFigures;

/** Sums stats_reception and the reception deltas not yet compacted, per period and key, in one statement. */
final class ReceptionStatsQuery {

    /** The counts of one key in one period. */
    static final class Tally {
        long held;
        long citizens;
        long appeals;
        long positive;

        ReceptionFigures toFigures(String key, CampaignLabel label) {
            return new ReceptionFigures(key, label == null ? null : label.kind(), label == null ? null : label.nameRu(),
                    label == null ? null : label.nameKk(), held, citizens, appeals, positive,
                    AppealTally.rate(positive, appeals));
        }

        void add(Tally other) {
            held += other.held;
            citizens += other.citizens;
            appeals += other.appeals;
            positive += other.positive;
        }

        boolean isEmpty() {
            return held == 0 && appeals == 0 && citizens == 0;
        }
    }

    record Result(Tally total, TreeMap<String, Tally> groups) {
    }

    private final ReceptionGrouping grouping;
    private final List<Period> periods;
    private final Set<String> districts;

    ReceptionStatsQuery(ReceptionGrouping grouping, List<Period> periods, Set<String> districts) {
        this.grouping = grouping;
        this.periods = periods;
        this.districts = districts;
    }

    List<Result> run(Connection connection) throws SQLException {
        List<Result> results = new ArrayList<>(periods.size());
        periods.forEach(p -> results.add(new Result(new Tally(), new TreeMap<>())));
        try (PreparedStatement ps = build().prepare(connection); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Result result = results.get(rs.getInt(1));
                boolean total = rs.getInt(2) == 1;
                Tally tally = total ? result.total() : result.groups().computeIfAbsent(rs.getString(3), k -> new Tally());
                tally.held += rs.getLong(4);
                tally.citizens += rs.getLong(5);
                tally.appeals += rs.getLong(6);
                tally.positive += rs.getLong(7);
            }
        }
        // Appeals count only with a held reception, so no reception held means an empty group.
        results.forEach(r -> r.groups().values().removeIf(Tally::isEmpty));
        return results;
    }

    /** Totals and groups at once: grouping sets (n) and (n, k), told apart by grouping(k). */
    private Sql build() {
        String rollupKey = grouping == null ? "null::text" : grouping.rollupKey;
        String deltaKey = grouping == null ? "null::text" : grouping.deltaKey;
        Sql sql = new Sql().add(grouping == null ? "select n, 1, null, " : "select n, grouping(k), k, ")
                .add("sum(h), sum(c), sum(a), sum(p) from (");
        String separator = "";
        for (int n = 0; n < periods.size(); n++) {
            for (Period.Segment segment : periods.get(n).segments()) {
                sql.add(separator).add("select " + n + " as n, " + rollupKey + " as k, s.receptions_held as h,"
                                + " s.citizens_received as c, s.appeals_received as a, s.positive as p"
                                + " from stats_reception s where s.grain = '" + segment.grain() + "'")
                        .add(" and s.period between ").bind(segment.from()).add("::date and ").bind(segment.to())
                        .add("::date").inDistricts("s.district_code", districts);
                separator = " union all ";
            }
        }
        sql.add(separator).add("select per.n, " + deltaKey + ", d.receptions, d.citizens, d.appeals, d.positive"
                        + " from stats_reception_delta d join ").periods(periods)
                .add(" on d.held_on between per.f and per.t where true").inDistricts("d.district_code", districts);
        return sql.add(grouping == null ? ") x group by n" : ") x group by grouping sets ((n), (n, k))");
    }
}
