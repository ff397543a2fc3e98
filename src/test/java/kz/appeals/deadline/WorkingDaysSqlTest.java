package kz.appeals.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.appeals.support.TestInfrastructure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The working-day rule lives in Java ({@link WorkingDays}); the statistics count working days in
 * SQL (stats_is_working_day, stats_working_days), which must answer the same on every day of
 * the seeded calendar: holidays, moved days off and working Saturdays of 2012 to 2027.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class WorkingDaysSqlTest {
    private static final LocalDate FIRST = LocalDate.parse("2012-01-01");
    private static final LocalDate LAST = LocalDate.parse("2027-12-31");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    WorkingCalendar calendar;

    @Test
    @DisplayName("stats_is_working_day() in SQL answers as WorkingDays.isWorkingDay() on every day of 2012 to 2027")
    void workingDay() throws Exception {
        WorkingDays days = QuarkusTransaction.requiringNew().call(calendar::all);
        List<String> sql = new ArrayList<>();
        List<String> inJava = new ArrayList<>();
        int workingSaturdays = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select g.d::date, stats_is_working_day(g.d::date)"
                        + " from generate_series(?::timestamp, ?::timestamp, interval '1 day') g(d) order by 1")) {
            ps.setString(1, FIRST.toString());
            ps.setString(2, LAST.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate day = rs.getObject(1, LocalDate.class);
                    sql.add(day + " " + rs.getBoolean(2));
                    inJava.add(day + " " + days.isWorkingDay(day));
                    if (day.getDayOfWeek() == DayOfWeek.SATURDAY && days.isWorkingDay(day)) {
                        workingSaturdays++;
                    }
                }
            }
        }
        assertThat(sql).hasSize(5844).isEqualTo(inJava);
        assertThat(workingSaturdays).as("the span holds working Saturdays").isGreaterThan(5);
    }

    @Test
    @DisplayName("stats_working_days() in SQL counts as WorkingDays.between() for terms of 0 to 61 days from every day of 2012 to 2027")
    void workingDaysBetween() throws Exception {
        WorkingDays days = QuarkusTransaction.requiringNew().call(calendar::all);
        List<String> sql = new ArrayList<>();
        List<String> inJava = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select g.d::date, k, stats_working_days(g.d::date, g.d::date + k)"
                        + " from generate_series(?::timestamp, ?::timestamp, interval '1 day') g(d)"
                        + " cross join unnest(array[-3, 0, 1, 4, 15, 44, 61]) k order by 1, 2")) {
            ps.setString(1, FIRST.toString());
            ps.setString(2, LAST.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate from = rs.getObject(1, LocalDate.class);
                    int span = rs.getInt(2);
                    sql.add(from + " +" + span + " " + rs.getInt(3));
                    // SQL counts 0 when the answer is not after registration; Java counts backwards
                    inJava.add(from + " +" + span + " " + Math.max(0, days.between(from, from.plusDays(span))));
                }
            }
        }
        assertThat(sql).hasSize(5844 * 7).isEqualTo(inJava);
    }
}
