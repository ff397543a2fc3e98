package kz.appeals.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.appeals.security.Caller;
import kz.appeals.security.Roles;

/**
 * Who learns that an appeal repeats an earlier one. The link stays in the register and
 * in statistics, but showing it names another appeal, and so tells that the applicant
 * appealed before: a caller sees it only when it may read the earlier appeal itself
 * (the rule of {@link AppealScope}), and the portal never does.
 */
@ApplicationScoped
public class RepeatLinks {

    @Inject
    AppealScope scope;

    @Inject
    Caller caller;

    /** The earlier appeal's id as this caller may see it, or null. */
    public Long shown(Appeal appeal) {
        if (appeal.repeatOf == null || portal()) {
            return null;
        }
        // By id, from the session if loaded: no query that would flush the caller's pending writes.
        return readable(Appeal.findById(appeal.repeatOf)) ? appeal.repeatOf : null;
    }

    /**
     * The earlier appeal's id as this caller may see it, or null, when its district and agency are known
     * (intake's repeat lookup reads them with the id): nothing is loaded.
     */
    public Long shown(long earlierId, String earlierDistrict, String earlierAgency) {
        return !portal() && scope.sees(earlierDistrict, earlierAgency) ? earlierId : null;
    }

    /** Appeal id to the earlier appeal's id, for the appeals whose link this caller may see (one query). */
    public Map<Long, Long> shown(Collection<Appeal> appeals) {
        Map<Long, Long> out = new HashMap<>();
        List<Long> earlierIds = appeals.stream().map(a -> a.repeatOf).filter(Objects::nonNull).distinct().toList();
        if (earlierIds.isEmpty() || portal()) {
            return out;
        }
        Map<Long, Boolean> readable = new HashMap<>();
        Appeal.<Appeal>list("id in ?1", earlierIds).forEach(e -> readable.put(e.id, readable(e)));
        for (Appeal a : appeals) {
            if (a.repeatOf != null && readable.getOrDefault(a.repeatOf, false)) {
                out.put(a.id, a.repeatOf);
            }
        }
        return out;
    }

    /** The portal answers for citizens: it never learns of another appeal, whatever else its account holds. */
    private boolean portal() {
        return caller.has(Roles.PORTAL);
    }

    private boolean readable(Appeal earlier) {
        return earlier != null && scope.sees(earlier);
    }
}
