package kz.appeals.statistics;

/** What a row of the campaign grouping says of its campaign besides the code: its kind and names. */
record CampaignLabel(String kind, String nameRu, String nameKk) {
}
