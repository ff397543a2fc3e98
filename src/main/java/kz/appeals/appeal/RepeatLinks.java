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
        return shown(List.of(appeal)).get(appeal.id);
    }

    /** Appeal id to the earlier appeal's id, for the appeals whose link this caller may see (one query). */
    public Map<Long, Long> shown(Collection<Appeal> appeals) {
        Map<Long, Long> out = new HashMap<>();
        List<Long> earlierIds = appeals.stream().map(a -> a.repeatOf).filter(Objects::nonNull).distinct().toList();
        if (earlierIds.isEmpty() || caller.has(Roles.PORTAL)) {
            return out;
        }
        Map<Long, Boolean> readable = new HashMap<>();
        Appeal.<Appeal>list("id in ?1", earlierIds).forEach(e -> readable.put(e.id, scope.sees(e)));
        for (Appeal a : appeals) {
            if (a.repeatOf != null && readable.getOrDefault(a.repeatOf, false)) {
                out.put(a.id, a.repeatOf);
            }
        }
        return out;
    }
}
