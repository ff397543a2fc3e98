package kz.appeals.statistics;

/** The groupings of reception figures and their column in stats_reception and its deltas. */
enum ReceptionGrouping {
    OFFICIAL_TYPE("officialType", "s.official_type", "d.official_type"),
    /** The official who held the reception (id as text). */
    OFFICIAL("officialId", "s.official_id::text", "d.official_id::text"),
    DISTRICT("districtCode", "s.district_code", "d.district_code"),
    FORMAT("format", "s.format", "d.format"),
    /** The reception's campaign (its code), NONE when none. */
    CAMPAIGN("campaign", "s.campaign_key", "d.campaign_key"),
    MONTH("month", "to_char(s.period, 'YYYY-MM')", "to_char(d.held_on, 'YYYY-MM')");

    final String param;
    final String rollupKey;
    final String deltaKey;

    ReceptionGrouping(String param, String rollupKey, String deltaKey) {
        this.param = param;
        this.rollupKey = rollupKey;
        this.deltaKey = deltaKey;
    }

    static String names() {
        return String.join(", ", java.util.Arrays.stream(values()).map(g -> g.param).toList());
    }
}
