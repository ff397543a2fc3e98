package kz.appeals.deadline;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A year of the calendar: the number of working days and the days that differ from Monday-to-Friday. */
@Schema(name = "CalendarYear")
public record CalendarView(@Schema(example = "2026") int year,
                           @Schema(example = "249") int workingDays,
                           List<Day> days) {

    @Schema(name = "CalendarDay")
    public record Day(@Schema(example = "2026-03-23") LocalDate date,
                      @Schema(enumeration = {"HOLIDAY", "DAY_OFF", "WORKING_DAY"}) String kind,
                      @Schema(example = "Nauryz") String name) {
        static Day of(CalendarDay d) {
            return new Day(d.day, d.kind, d.name);
        }
    }

    @Schema(name = "CalendarDayInput")
    public record DayInput(@NotNull @Pattern(regexp = "HOLIDAY|DAY_OFF|WORKING_DAY") String kind,
                           @NotBlank @Size(max = 200) String name,
                           @Schema(description = "For a holiday on a weekend: move its day off to the next working day (default true)")
                           Boolean moveDayOff) {
    }
}
