package kz.appeals.statistics;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.ArrayList;
import java.util.List;
import kz.appeals.common.CsvTable;
import kz.appeals.statistics.StatsDtos.AppealFigures;
import kz.appeals.statistics.StatsDtos.AppealStatsPeriod;
import kz.appeals.statistics.StatsDtos.AppealStatsReport;
import kz.appeals.statistics.StatsDtos.ReceptionFigures;
import kz.appeals.statistics.StatsDtos.ReceptionStatsPeriod;
import kz.appeals.statistics.StatsDtos.ReceptionStatsReport;

/**
 * The reports as CSV tables (common.CsvBodyWriter writes them): per period its total row and
 * one row per group; the columns are period (from/to), level (total or group), then the
 * figures record's own properties, key first (empty in totals), so the JSON and the CSV carry
 * the same figures under the same names.
 */
final class StatsCsv {
    private StatsCsv() {
    }

    record AppealRow(String period, String level, @JsonUnwrapped AppealFigures figures) {
    }

    record ReceptionRow(String period, String level, @JsonUnwrapped ReceptionFigures figures) {
    }

    static CsvTable<AppealRow> appeals(AppealStatsReport report) {
        List<AppealStatsPeriod> periods = new ArrayList<>();
        periods.add(new AppealStatsPeriod(report.from(), report.to(), report.total(), report.groups()));
        periods.addAll(report.comparisons());
        List<AppealRow> rows = new ArrayList<>();
        for (AppealStatsPeriod p : periods) {
            String period = p.from() + "/" + p.to();
            rows.add(new AppealRow(period, "total", p.total()));
            p.groups().forEach(g -> rows.add(new AppealRow(period, "group", g)));
        }
        return CsvTable.of(AppealRow.class, rows);
    }

    static CsvTable<ReceptionRow> receptions(ReceptionStatsReport report) {
        List<ReceptionStatsPeriod> periods = new ArrayList<>();
        periods.add(new ReceptionStatsPeriod(report.from(), report.to(), report.total(), report.groups()));
        periods.addAll(report.comparisons());
        List<ReceptionRow> rows = new ArrayList<>();
        for (ReceptionStatsPeriod p : periods) {
            String period = p.from() + "/" + p.to();
            rows.add(new ReceptionRow(period, "total", p.total()));
            p.groups().forEach(g -> rows.add(new ReceptionRow(period, "group", g)));
        }
        return CsvTable.of(ReceptionRow.class, rows);
    }
}
