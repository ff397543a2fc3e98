package kz.appeals.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.appeals.common.ReadReplica;
import kz.appeals.common.RegionTime;
import kz.appeals.security.Caller;
import kz.appeals.security.Roles;
import kz.appeals.security.Scope;
import kz.appeals.statistics.StatsDtos.AppealFigures;
import kz.appeals.statistics.StatsDtos.AppealStatsPeriod;
import kz.appeals.statistics.StatsDtos.AppealStatsReport;
import kz.appeals.statistics.StatsDtos.ReceptionFigures;
import kz.appeals.statistics.StatsDtos.ReceptionStatsPeriod;
import kz.appeals.statistics.StatsDtos.ReceptionStatsReport;

/**
 * The figures of the register from its rollups. Supervisors see the districts of their
 * token (the region with the explicit grant, district "*"); analysts and administrators
 * see the region.
 */
@ApplicationScoped
public class StatisticsService {
    /** The roles that read statistics (those of {@link StatisticsResource}). */
    private static final List<String> READERS = List.of(Roles.ADMIN, Roles.ANALYST, Roles.SUPERVISOR);

    /** Statistics read from the standby when one is configured (APPEALS_REPLICA_JDBC_URL), else from the primary. */
    @Inject
    ReadReplica replica;

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AppealStatsReport appeals(StatsRequest<AppealGrouping> request) {
        List<Period> periods = request.periods();
        AppealStatsQuery query = new AppealStatsQuery(request.groupBy(), periods, scope());
        boolean byCampaign = request.groupBy() == AppealGrouping.CAMPAIGN;
        CampaignGroups[] campaigns = new CampaignGroups[1];
        List<AppealStatsQuery.Result> results = replica.read(connection -> {
            snapshot(connection);
            campaigns[0] = byCampaign ? CampaignGroups.load(connection) : null;
            return query.run(connection, RegionTime.localDate(Instant.now()));
        });
        List<AppealStatsPeriod> out = new ArrayList<>(periods.size());
        for (int n = 0; n < periods.size(); n++) {
            AppealStatsQuery.Result r = results.get(n);
            Map<String, AppealTally> tallies = !byCampaign || n == 0 ? r.groups()
                    : campaigns[0].byKind(results.get(0).groups().keySet(), r.groups(), AppealTally::new, AppealTally::add,
                    AppealTally::isEmpty);
            List<AppealFigures> groups = tallies.entrySet().stream()
                    .map(e -> e.getValue().toFigures(e.getKey(), byCampaign ? campaigns[0].label(e.getKey()) : null)).toList();
            out.add(new AppealStatsPeriod(periods.get(n).from(), periods.get(n).to(), r.total().toFigures(null), groups));
        }
        AppealStatsPeriod main = out.get(0);
        return new AppealStatsReport(main.from(), main.to(), main.total(), main.groups(), out.subList(1, out.size()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ReceptionStatsReport receptions(StatsRequest<ReceptionGrouping> request) {
        List<Period> periods = request.periods();
        ReceptionStatsQuery query = new ReceptionStatsQuery(request.groupBy(), periods, scope());
        boolean byCampaign = request.groupBy() == ReceptionGrouping.CAMPAIGN;
        CampaignGroups[] campaigns = new CampaignGroups[1];
        List<ReceptionStatsQuery.Result> results = replica.read(connection -> {
            snapshot(connection);
            campaigns[0] = byCampaign ? CampaignGroups.load(connection) : null;
            return query.run(connection);
        });
        List<ReceptionStatsPeriod> out = new ArrayList<>(periods.size());
        for (int n = 0; n < periods.size(); n++) {
            ReceptionStatsQuery.Result r = results.get(n);
            Map<String, ReceptionStatsQuery.Tally> tallies = !byCampaign || n == 0 ? r.groups()
                    : campaigns[0].byKind(results.get(0).groups().keySet(), r.groups(), ReceptionStatsQuery.Tally::new,
                    ReceptionStatsQuery.Tally::add, ReceptionStatsQuery.Tally::isEmpty);
            List<ReceptionFigures> groups = tallies.entrySet().stream()
                    .map(e -> e.getValue().toFigures(e.getKey(), byCampaign ? campaigns[0].label(e.getKey()) : null)).toList();
            out.add(new ReceptionStatsPeriod(periods.get(n).from(), periods.get(n).to(), r.total().toFigures(null, null),
                    groups));
        }
        ReceptionStatsPeriod main = out.get(0);
        return new ReceptionStatsReport(main.from(), main.to(), main.total(), main.groups(), out.subList(1, out.size()));
    }

    /**
     * Districts whose figures the caller may see; empty for the whole region (analysts,
     * administrators, supervisors with the explicit grant). A supervisor without districts
     * is refused (403).
     */
    private Set<String> scope() {
        Scope scope = caller.scope(READERS).required();
        return scope.regionWide() ? Set.of() : scope.districts();
    }

    /**
     * One snapshot for every statement of the answer, so totals, groups, overdue and medians
     * agree with each other while appeals are being registered and answered; read only. It
     * must open the transaction, hence REQUIRES_NEW on the callers. JIT compilation costs
     * more than these small aggregations take.
     */
    private static void snapshot(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("set transaction isolation level repeatable read, read only");
            s.execute("set local jit = off");
        }
    }
}
