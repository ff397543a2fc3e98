package kz.appeals.common;

/** A checked `limit` and the decoded `cursor` of a list request (null on the first page). */
public record PageRequest(int limit, Cursors.Position after) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    /** The page asked for from a list whose cursors are {@code keyset}: another list's cursor is a 400. */
    public static PageRequest of(Integer limit, String cursor, Cursors cursors, Cursors.Keyset keyset) {
        int checked = limit == null ? DEFAULT_LIMIT : limit;
        if (checked < 1 || checked > MAX_LIMIT) {
            throw new ValidationException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(checked, cursor == null || cursor.isBlank() ? null : cursors.decode(keyset, cursor));
    }

    public boolean first() {
        return after == null;
    }
}
