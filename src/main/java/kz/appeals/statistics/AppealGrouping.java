package kz.appeals.statistics;

import java.util.Arrays;

/**
 * The groupings of appeal figures and where their keys are in the rollups (R__statistics.sql,
 * docs/statistics.md): the dim of the rollup rows, the key's expression there and in the deltas,
 * and a join either side needs. Only these constants are ever put into SQL text.
 */
enum AppealGrouping {
    CHANNEL("channel", "C", "s.key", "d.channel"),
    DISTRICT("districtCode", "T", "s.district_code", "d.district_code"),
    TOPIC("topicCode", "P", "s.key", "d.topic_code"),
    /** The topics' rows summed by the group the catalogue gives each topic now: regrouping a topic moves its figures. */
    TOPIC_GROUP("topicGroup", "P", "tg.group_code", "tg.group_code",
            " join topic tg on tg.code = s.key", " join topic tg on tg.code = d.topic_code"),
    AGENCY("agencyCode", "A", "s.key", "d.agency_code"),
    /** The official the appeal is assigned to (its id as text), NONE when none. */
    OFFICIAL("officialId", "O", "s.key", "d.official_key"),
    TYPE("type", "Y", "s.key", "d.type"),
    APPLICANT_GROUP("applicantGroup", "G", "s.key", "g.key", "", " cross join lateral unnest(d.applicant_groups) as g(key)"),
    /** The appeal's campaign (its code), NONE when none; rows carry the campaign's kind and names. */
    CAMPAIGN("campaign", "K", "s.key", "d.campaign_key"),
    MONTH("month", "T", "to_char(s.period, 'YYYY-MM')", "to_char(d.registered_on, 'YYYY-MM')");

    final String param;
    final String dim;
    final String rollupKey;
    final String deltaKey;
    /** Joined to the rollup rows (alias s). */
    final String rollupJoin;
    /**
     * Joined to the deltas (alias d); a delta counts under each of its applicant groups (already
     * NONE when it has none).
     */
    final String deltaJoin;

    AppealGrouping(String param, String dim, String rollupKey, String deltaKey) {
        this(param, dim, rollupKey, deltaKey, "", "");
    }

    AppealGrouping(String param, String dim, String rollupKey, String deltaKey, String rollupJoin, String deltaJoin) {
        this.param = param;
        this.dim = dim;
        this.rollupKey = rollupKey;
        this.deltaKey = deltaKey;
        this.rollupJoin = rollupJoin;
        this.deltaJoin = deltaJoin;
    }

    static String names() {
        return String.join(", ", Arrays.stream(values()).map(g -> g.param).toList());
    }
}
