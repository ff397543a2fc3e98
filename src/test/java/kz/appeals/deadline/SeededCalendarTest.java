package kz.appeals.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kazakhstan's calendar as the migration seeds it (V3), read from the file without a database:
 * the rules of the Labour Code hold for every row, and terms over it come out as counted by hand.
 */
class SeededCalendarTest {
    private static final Pattern ROW = Pattern.compile(
            "\\(date '(\\d{4}-\\d{2}-\\d{2})', '(HOLIDAY|DAY_OFF|WORKING_DAY)', '((?:[^']|'')*)'\\)");
    private static final Pattern MOVED_FROM = Pattern.compile("moved from \\w{3} (\\d{4}-\\d{2}-\\d{2})");

    private record Row(DayKind kind, String name) {
    }

    private static Map<LocalDate, Row> rows;
    private static WorkingDays days;

    @BeforeAll
    static void readSeed() throws IOException {
        String sql = Files.readString(Path.of("src/main/resources/db/migration/V3__seed_calendar.sql"), StandardCharsets.UTF_8);
        rows = new TreeMap<>();
        Matcher m = ROW.matcher(sql);
        while (m.find()) {
            rows.put(LocalDate.parse(m.group(1)), new Row(DayKind.valueOf(m.group(2)), m.group(3).replace("''", "'")));
        }
        days = workingDays(rows);
    }

    private static WorkingDays workingDays(Map<LocalDate, Row> from) {
        Map<LocalDate, DayKind> kinds = new HashMap<>();
        from.forEach((day, row) -> kinds.put(day, row.kind()));
        return new WorkingDays(kinds);
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    @ParameterizedTest(name = "{0} has {1} working days")
    @CsvSource({"2012, 247", "2013, 246", "2014, 245", "2015, 245", "2016, 245", "2017, 245", "2018, 246", "2019, 246",
            "2020, 246", "2021, 245", "2022, 246", "2023, 246", "2024, 249", "2025, 246", "2026, 246", "2027, 247"})
    void workingDaysPerYear(int year, int expected) {
        LocalDate first = LocalDate.of(year, 1, 1);
        int counted = days.between(first.minusDays(1), LocalDate.of(year, 12, 31));
        assertThat(counted).isEqualTo(expected);
    }

    @Test
    @DisplayName("working weekend days are Saturdays or Sundays, days off are weekdays, each has its other half")
    void kindsFitTheWeek() {
        assertThat(rows).hasSizeGreaterThan(300);
        rows.forEach((day, row) -> {
            switch (row.kind()) {
                case WORKING_DAY -> {
                    assertThat(weekend(day)).as("%s %s", day, row.name()).isTrue();
                    // a working Saturday or Sunday is the other half of a moved day off
                    assertThat(rows.values()).as("the day off traded for %s", day)
                            .anyMatch(r -> r.kind() == DayKind.DAY_OFF && r.name().contains(day.toString()));
                }
                case DAY_OFF -> assertThat(weekend(day)).as("%s %s", day, row.name()).isFalse();
                case HOLIDAY -> assertThat(row.name()).isNotBlank();
            }
        });
    }

    @Test
    @DisplayName("a public holiday on a weekend gives a day off on the next working day, unless a decree moved it")
    void weekendHolidaysMove() {
        int moved = 0;
        for (Map.Entry<LocalDate, Row> e : rows.entrySet()) {
            LocalDate holiday = e.getKey();
            Row row = e.getValue();
            if (row.kind() != DayKind.HOLIDAY || !weekend(holiday) || row.name().contains("not moved")) {
                continue;
            }
            Map.Entry<LocalDate, Row> dayOff = rows.entrySet().stream()
                    .filter(o -> o.getValue().kind() == DayKind.DAY_OFF)
                    .filter(o -> movedFrom(o.getValue()).equals(holiday.toString()))
                    .findFirst().orElseThrow(() -> new AssertionError("no day off for " + holiday + " " + row.name()));
            if (!dayOff.getValue().name().contains("Government decree")) {
                // the next working day after the holiday, on the calendar without this day off
                Map<LocalDate, Row> without = new TreeMap<>(rows);
                without.remove(dayOff.getKey());
                assertThat(workingDays(without).onOrAfter(holiday.plusDays(1))).as("%s %s", holiday, row.name())
                        .isEqualTo(dayOff.getKey());
            }
            moved++;
        }
        assertThat(moved).isGreaterThan(40);
    }

    private static String movedFrom(Row row) {
        Matcher m = MOVED_FROM.matcher(row.name());
        return m.find() ? m.group(1) : "";
    }

    @ParameterizedTest(name = "received {0}: registered {1}, due {2}")
    @CsvSource({
            // Thu 7 May 2020 is Defender's Day and Fri 8 May the day off of Victory Day (Sat 9), moved back by
            // decree: registered on Monday 11 May; three plain weeks after it
            "2020-05-07, 2020-05-11, 2020-06-01",
            // across New Year 2025: 1-2 January, Fri 3 a day off traded for Sun 5 (a working day), 7 January
            "2024-12-27, 2024-12-27, 2025-01-22",
            // 8 March 2024 and Nauryz (21-23 March, Saturday's day off on Monday 25)
            "2024-03-06, 2024-03-06, 2024-04-02"
    })
    void terms(LocalDate received, LocalDate registered, LocalDate due) {
        assertThat(days.onOrAfter(received)).isEqualTo(registered);
        assertThat(days.plus(registered, 15)).isEqualTo(due);
    }
}
