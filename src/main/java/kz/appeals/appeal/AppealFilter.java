package kz.appeals.appeal;

import java.time.LocalDate;
import kz.appeals.common.Params;
import kz.appeals.common.ValidationException;

/**
 * The filters of {@code GET /appeals} and its export, parsed: a malformed value is a 400 naming its
 * parameter. {@code dueWithin} (working days) and {@code returned} serve the control queue.
 */
public record AppealFilter(AppealStatus status, Channel channel, String districtCode, String topicCode,
                           String agencyCode, Boolean overdue, LocalDate receivedFrom, LocalDate receivedTo, String q,
                           String campaign, Boolean disputed, Integer dueWithin, Boolean returned) {
    static final int MAX_QUERY = 200;
    /** The longest look-ahead of dueWithin: the whole term of an appeal. */
    static final int MAX_DUE_WITHIN = 15;

    public static AppealFilter parse(String status, String channel, String districtCode, String topicCode,
                                     String agencyCode, String overdue, String receivedFrom, String receivedTo, String q,
                                     String campaign, String disputed, String dueWithin, String returned) {
        Integer within = Params.integer("dueWithin", dueWithin);
        if (within != null && (within < 0 || within > MAX_DUE_WITHIN)) {
            throw new ValidationException("dueWithin", "must be 0 to " + MAX_DUE_WITHIN + " working days");
        }
        LocalDate from = Params.date("receivedFrom", receivedFrom);
        LocalDate to = Params.date("receivedTo", receivedTo);
        if (from != null && to != null && to.isBefore(from)) {
            throw new ValidationException("receivedTo", "is before receivedFrom");
        }
        String query = blankToNull(q);
        if (query != null && query.length() > MAX_QUERY) {
            throw new ValidationException("q", "must be at most " + MAX_QUERY + " characters");
        }
        return new AppealFilter(Params.enumValue("status", status, AppealStatus.class),
                Params.enumValue("channel", channel, Channel.class), code("districtCode", districtCode),
                code("topicCode", topicCode), code("agencyCode", agencyCode), Params.bool("overdue", overdue),
                from, to, query, code("campaign", campaign == null ? null : campaign.toUpperCase(java.util.Locale.ROOT)),
                Params.bool("disputed", disputed), within, Params.bool("returned", returned));
    }

    private static String code(String name, String value) {
        String v = blankToNull(value);
        if (v != null && v.length() > 32) {
            throw new ValidationException(name, "must be at most 32 characters");
        }
        return v;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
