package kz.appeals.common;

/** A checked `limit` and decoded `cursor` of a list request. */
public record PageRequest(int limit, String[] after) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public static PageRequest of(Integer limit, String cursor, Cursors cursors) {
        int checked = limit == null ? DEFAULT_LIMIT : limit;
        if (checked < 1 || checked > MAX_LIMIT) {
            throw new ValidationException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(checked, cursor == null || cursor.isBlank() ? null : cursors.decode(cursor));
    }

    public boolean first() {
        return after == null;
    }
}
