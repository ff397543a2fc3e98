package kz.appeals.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kz.appeals.statistics.StatsDtos.AppealFigures;
import kz.appeals.statistics.StatsDtos.AppealStatsPeriod;
import kz.appeals.statistics.StatsDtos.AppealStatsReport;
import kz.appeals.statistics.StatsDtos.ReceptionFigures;
import kz.appeals.statistics.StatsDtos.ReceptionStatsPeriod;
import kz.appeals.statistics.StatsDtos.ReceptionStatsReport;

/**
 * The reports as RFC 4180 CSV: a header, then per period its total row and one row per
 * group, CRLF line ends, fields quoted when they hold a comma, a quote or a line break.
 * Written by hand: a few dozen rows of codes and numbers do not need a library, and the
 * numbers are printed from the same values as the JSON (same BigDecimal scale), so both
 * carry the same figures to the digit.
 */
final class StatsCsv {
    static final String MEDIA_TYPE = "text/csv";
    private static final List<String> APPEAL_HEADER = List.of("period", "level", "key", "received", "resolved", "pending",
            "overdue", "positive", "explained", "rejected", "redirected", "terminated", "repeat", "positiveRate",
            "medianWorkingDaysToAnswer");
    private static final List<String> RECEPTION_HEADER = List.of("period", "level", "key", "receptionsHeld",
            "citizensReceived", "appealsReceived", "positive", "positiveRate");

    private StatsCsv() {
    }

    static String appeals(AppealStatsReport report) {
        StringBuilder out = new StringBuilder();
        line(out, APPEAL_HEADER);
        List<AppealStatsPeriod> periods = new ArrayList<>();
        periods.add(new AppealStatsPeriod(report.from(), report.to(), report.total(), report.groups()));
        periods.addAll(report.comparisons());
        for (AppealStatsPeriod p : periods) {
            String period = p.from() + "/" + p.to();
            line(out, appealRow(period, "total", p.total()));
            p.groups().forEach(g -> line(out, appealRow(period, "group", g)));
        }
        return out.toString();
    }

    static String receptions(ReceptionStatsReport report) {
        StringBuilder out = new StringBuilder();
        line(out, RECEPTION_HEADER);
        List<ReceptionStatsPeriod> periods = new ArrayList<>();
        periods.add(new ReceptionStatsPeriod(report.from(), report.to(), report.total(), report.groups()));
        periods.addAll(report.comparisons());
        for (ReceptionStatsPeriod p : periods) {
            String period = p.from() + "/" + p.to();
            line(out, receptionRow(period, "total", p.total()));
            p.groups().forEach(g -> line(out, receptionRow(period, "group", g)));
        }
        return out.toString();
    }

    private static List<String> appealRow(String period, String level, AppealFigures f) {
        return List.of(period, level, text(f.key()), num(f.received()), num(f.resolved()), num(f.pending()),
                num(f.overdue()), num(f.positive()), num(f.explained()), num(f.rejected()), num(f.redirected()),
                num(f.terminated()), num(f.repeat()), text(f.positiveRate()), text(f.medianWorkingDaysToAnswer()));
    }

    private static List<String> receptionRow(String period, String level, ReceptionFigures f) {
        return List.of(period, level, text(f.key()), num(f.receptionsHeld()), num(f.citizensReceived()),
                num(f.appealsReceived()), num(f.positive()), text(f.positiveRate()));
    }

    private static String num(long value) {
        return Long.toString(value);
    }

    /** BigDecimal prints as Jackson writes it (toString: plain at these scales); null is an empty field. */
    private static String text(Object value) {
        return value == null ? "" : value instanceof BigDecimal d ? d.toString() : value.toString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String quote(String field) {
        boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
