package kz.appeals.statistics;

/**
 * The groupings of appeal figures and where their keys are in the rollups (see
 * V20__statistics.sql): the dim of the rollup rows and the key's expression there and in
 * the deltas. Only these constants are ever put into SQL text.
 */
enum AppealGrouping {
    CHANNEL("channel", "C", "s.key", "d.channel"),
    DISTRICT("districtCode", "T", "s.district_code", "d.district_code"),
    TOPIC("topicCode", "P", "s.key", "d.topic_code"),
    AGENCY("agencyCode", "A", "s.key", "d.agency_code"),
    TYPE("type", "Y", "s.key", "d.type"),
    APPLICANT_GROUP("applicantGroup", "G", "s.key", "g.key"),
    MONTH("month", "T", "to_char(s.period, 'YYYY-MM')", "to_char(d.registered_on, 'YYYY-MM')");

    final String param;
    final String dim;
    final String rollupKey;
    final String deltaKey;

    AppealGrouping(String param, String dim, String rollupKey, String deltaKey) {
        this.param = param;
        this.dim = dim;
        this.rollupKey = rollupKey;
        this.deltaKey = deltaKey;
    }

    /** A delta counts under each of its applicant groups (already NONE when it has none). */
    String deltaJoin() {
        return this == APPLICANT_GROUP ? " cross join lateral unnest(d.applicant_groups) as g(key)" : "";
    }

    static String names() {
        return String.join(", ", java.util.Arrays.stream(values()).map(g -> g.param).toList());
    }
}
