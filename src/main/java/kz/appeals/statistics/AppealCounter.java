package kz.appeals.statistics;

/**
 * The counters of an appeal cell: a column of stats_appeal, and the same count summed over the
 * deltas not yet compacted (R__statistics.sql fills both; docs/statistics.md defines each). A new
 * counter is a row here, its column in the rollup and the delta, and its place in the figures.
 */
enum AppealCounter {
    RECEIVED("received", "d.sign"),
    RESOLVED("resolved", when("d.resolved")),
    POSITIVE("positive", outcome("POSITIVE")),
    EXPLAINED("explained", outcome("EXPLAINED")),
    REJECTED("rejected", outcome("REJECTED")),
    REDIRECTED("redirected", outcome("REDIRECTED")),
    TERMINATED("terminated", outcome("TERMINATED")),
    REPEATS("repeats", when("d.is_repeat")),
    ANSWERED_ON_TIME("answered_on_time", when("not d.answered_late")),
    ANSWERED_LATE("answered_late", when("d.answered_late")),
    EXTENDED("extended", when("d.extended")),
    REDIRECTED_LATE("redirected_late", when("d.redirected_late")),
    RETURNED("returned", when("d.returned")),
    REOPENED("reopened", when("d.reopened")),
    COLLECTIVE("collective", when("d.collective")),
    ANONYMOUS("anonymous", when("d.anonymous")),
    /** With the applicant's feedback on their current closure. */
    FEEDBACK("feedback", when("d.feedback_rating is not null")),
    /** The sum of those feedbacks' ratings: averageRating = RATING_SUM / FEEDBACK. */
    RATING_SUM("rating_sum", "d.sign * coalesce(d.feedback_rating, 0)"),
    CONFIRMED_POSITIVE("confirmed_positive", when("d.outcome = 'POSITIVE' and d.feedback_solved")),
    DISPUTED("disputed", when("d.disputed")),
    /** Notices, not appeals: an appeal counts each of its notices. */
    NOTICES_LATE("notices_late", "d.sign * d.notices_late"),
    NOTICES_ON_TIME("notices_on_time", "d.sign * d.notices_on_time");

    /** The rollup's column (alias s). */
    final String column;
    /** The delta's contribution (alias d), to be summed. */
    final String delta;

    AppealCounter(String column, String delta) {
        this.column = column;
        this.delta = delta;
    }

    private static String when(String condition) {
        return "case when " + condition + " then d.sign else 0 end";
    }

    private static String outcome(String outcome) {
        return when("d.outcome = '" + outcome + "'");
    }
}
