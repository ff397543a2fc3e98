package kz.appeals.campaign;

/** What sort of campaign it is; statistics compare a campaign with last year's of the same kind. */
public enum CampaignKind {
    /** Free legal advice days ("Justice advises"). */
    LEGAL_ADVICE,
    /** Receptions of an office that travels to villages ("Office on the road"). */
    MOBILE_OFFICE,
    /** A week on one theme ("A week for family support"). */
    THEMED_WEEK,
    OTHER
}
