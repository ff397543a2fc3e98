package kz.appeals.common;

/**
 * Optimistic concurrency for every changeable resource (appeals, receptions): a change must
 * name the version it was decided on. If-Match missing answers 428; any tag other than the
 * current ETag answers 412, and so does {@code *}, which names no version and would let a blind
 * write overwrite a change made meanwhile.
 */
public final class Preconditions {
    private Preconditions() {
    }

    /**
     * @param ifMatch the request's If-Match header (a list of entity tags), or null
     * @param current the resource's current strong ETag
     * @param what    how the detail names the resource, e.g. "appeal 153"
     * @param readAt  where the current ETag is read, e.g. "/api/v1/appeals/153"
     */
    public static void requireMatch(String ifMatch, String current, String what, String readAt) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired("Send If-Match with the ETag of GET " + readAt
                    + ", so that a change made meanwhile by someone else is not overwritten");
        }
        for (String tag : ifMatch.split(",")) {
            if (tag.strip().equals(current)) {
                return;
            }
        }
        throw ProblemException.preconditionFailed("The " + what + " has changed since you read it"
                + " (or If-Match named no version); read it again and decide on its current state");
    }
}
