package kz.appeals.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What /stats answers: counts only, never a person. One figures record serves totals and groups. */
public final class StatsDtos {
    private StatsDtos() {
    }

    @Schema(name = "AppealFigures", description = "Figures of the appeals registered in a period, with their state as of now")
    public record AppealFigures(
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "The group's key; absent in totals", example = "PORTAL") String key,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "groupBy=campaign: the campaign's kind (LEGAL_ADVICE, MOBILE_OFFICE, THEMED_WEEK, "
                    + "OTHER); absent otherwise and for NONE", example = "THEMED_WEEK", nullable = true) String kind,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "groupBy=campaign: the campaign's name in Russian", example = "Неделя поддержки семьи",
                    nullable = true) String nameRu,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "groupBy=campaign: the campaign's name in Kazakh", example = "Отбасын қолдау апталығы",
                    nullable = true) String nameKk,
            @Schema(description = "Registered in the period", example = "3100") long received,
            @Schema(description = "Answered or ended: status RESOLVED, CLOSED, REDIRECTED or WITHDRAWN", example = "2900")
            long resolved,
            @Schema(description = "Not answered yet (REGISTERED, ASSIGNED, IN_PROGRESS, including reopened and returned "
                    + "ones): received = resolved + pending", example = "200") long pending,
            @Schema(description = "Pending with the due date before today (local date)", example = "12") long overdue,
            @Schema(description = "Resolved with outcome POSITIVE", example = "2573") long positive,
            @Schema(example = "250") long explained,
            @Schema(example = "60") long rejected,
            @Schema(description = "Resolved with outcome REDIRECTED: sent to a competent body outside the register",
                    example = "10") long redirected,
            @Schema(example = "7") long terminated,
            @Schema(description = "Flagged as repeat appeals", example = "95") long repeat,
            @Schema(description = "positive / received, rounded half up to 4 decimals; 0 when nothing was received",
                    example = "0.8300") BigDecimal positiveRate,
            @Schema(description = "Median of the working days after registration up to the answer day (resolved "
                    + "appeals with an answer date); the mean of the two middle values when their number is even; "
                    + "null when none was answered", example = "7.5", nullable = true)
            BigDecimal medianWorkingDaysToAnswer,
            @Schema(description = "Answered (resolved with outcome POSITIVE, EXPLAINED or REJECTED) on or before the due "
                    + "date in force when the answer was given: an extension made before the answer counts; an answer on "
                    + "the due date itself is on time", example = "2700") long answeredOnTime,
            @Schema(description = "Answered after the due date in force when the answer was given", example = "183")
            long answeredLate,
            @Schema(description = "answeredOnTime / (answeredOnTime + answeredLate), rounded half up to 4 decimals; 0 "
                    + "when none was answered", example = "0.9365") BigDecimal onTimeRate,
            @Schema(description = "Whose term was extended at least once", example = "140") long extended,
            @Schema(description = "Redirected (outcome REDIRECTED) on a day after the third working day following registration, by the "
                    + "working-day calendar in force when it was redirected", example = "2") long redirectedLate,
            @Schema(description = "Whose answer the control officer sent back at least once (whatever became of it)",
                    example = "31") long returned,
            @Schema(description = "Closed and reopened at least once (whatever became of it)", example = "9") long reopened,
            @Schema(description = "Collective appeals: more than one signatory", example = "44") long collective,
            @Schema(description = "From anonymous applicants", example = "18") long anonymous,
            @Schema(description = "With the applicant's feedback on the appeal's current closure (a reopening sets "
                    + "the earlier feedback aside; the next closure takes its own)", example = "620") long feedbackCount,
            @Schema(description = "Resolved with outcome POSITIVE (counted in positive) and the applicant's feedback on "
                    + "the current closure says the problem is solved", example = "540") long confirmedPositive,
            @Schema(description = "Whose current closure the applicant disputes: the feedback says not solved and no "
                    + "supervisor dismissed it (the list's disputed=true); a reopening ends the dispute",
                    example = "35") long disputed,
            @Schema(description = "The mean rating (1..5) of the feedback counted in feedbackCount, rounded half up "
                    + "to 2 decimals; null when there is none", example = "4.21", nullable = true)
            BigDecimal averageRating,
            @Schema(description = "Notices to the applicants of these appeals (every kind and channel) marked late: "
                    + "sent or recorded by staff after their dueBy day, or still owed after it (marked by the deadline "
                    + "watch)", example = "14") long noticesLate,
            @Schema(description = "Notices sent (or recorded by staff) by their dueBy day", example = "5800")
            long noticesOnTime,
            @Schema(description = "noticesOnTime / (noticesOnTime + noticesLate), rounded half up to 4 decimals; 0 when "
                    + "there is neither", example = "0.9976") BigDecimal noticesOnTimeRate) {
    }

    @Schema(name = "AppealStatsPeriod", description = "The same figures for the same dates of an earlier year")
    public record AppealStatsPeriod(@Schema(example = "2024-01-01") LocalDate from,
                                    @Schema(example = "2024-10-31") LocalDate to,
                                    AppealFigures total,
                                    List<AppealFigures> groups) {
    }

    @Schema(name = "AppealStats")
    public record AppealStatsReport(@Schema(example = "2025-01-01") LocalDate from,
                                    @Schema(example = "2025-10-31") LocalDate to,
                                    AppealFigures total,
                                    @Schema(description = "One entry per key with appeals in the period, by key; empty "
                                            + "without groupBy") List<AppealFigures> groups,
                                    @Schema(description = "The N previous years, most recent first") List<AppealStatsPeriod> comparisons) {
    }

    @Schema(name = "ReceptionFigures", description = "Figures of the receptions held in a period")
    public record ReceptionFigures(
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "The group's key; absent in totals", example = "AGENCY_HEAD") String key,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "groupBy=campaign: the campaign's kind; absent otherwise and for NONE",
                    example = "THEMED_WEEK", nullable = true) String kind,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "groupBy=campaign: the campaign's name in Russian", example = "Неделя поддержки семьи",
                    nullable = true) String nameRu,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "groupBy=campaign: the campaign's name in Kazakh", example = "Отбасын қолдау апталығы",
                    nullable = true) String nameKk,
            @Schema(description = "Receptions with status HELD, counted on the day they were held", example = "120")
            long receptionsHeld,
            @Schema(example = "640") long citizensReceived,
            @Schema(description = "Appeals linked to those receptions", example = "310") long appealsReceived,
            @Schema(description = "Of those appeals, resolved with outcome POSITIVE", example = "250") long positive,
            @Schema(description = "positive / appealsReceived, rounded half up to 4 decimals; 0 when no appeal was taken",
                    example = "0.8065") BigDecimal positiveRate) {
    }

    @Schema(name = "ReceptionStatsPeriod", description = "The same figures for the same dates of an earlier year")
    public record ReceptionStatsPeriod(@Schema(example = "2024-01-01") LocalDate from,
                                       @Schema(example = "2024-10-31") LocalDate to,
                                       ReceptionFigures total,
                                       List<ReceptionFigures> groups) {
    }

    @Schema(name = "ReceptionStats")
    public record ReceptionStatsReport(@Schema(example = "2025-01-01") LocalDate from,
                                       @Schema(example = "2025-10-31") LocalDate to,
                                       ReceptionFigures total,
                                       @Schema(description = "One entry per key with receptions held in the period, by "
                                               + "key; empty without groupBy") List<ReceptionFigures> groups,
                                       @Schema(description = "The N previous years, most recent first")
                                       List<ReceptionStatsPeriod> comparisons) {
    }
}
