package kz.appeals.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.appeals.appeal.Appeal;
import kz.appeals.intake.Registrar;

/**
 * Repeat appeals for a whole import batch: the earlier appeals of the batch's applicants
 * are read in one query, and appeals of the batch itself are added as they are stored.
 * Same rule as intake: same IIN (else phone), same topic, within 12 months before.
 */
final class RepeatFinder {
    private record Earlier(long id, String topic, Instant registeredAt) {
    }

    private final Map<String, List<Earlier>> byApplicant = new HashMap<>();

    RepeatFinder(List<Appeal> batch) {
        Set<String> iins = new HashSet<>();
        Set<String> phones = new HashSet<>();
        Instant since = Instant.MAX;
        for (Appeal a : batch) {
            if (a.applicantIin != null) {
                iins.add(a.applicantIin);
            } else if (a.applicantPhone != null) {
                phones.add(a.applicantPhone);
            } else {
                continue;
            }
            Instant start = Registrar.repeatWindowStart(a.registeredAt);
            since = start.isBefore(since) ? start : since;
        }
        if (iins.isEmpty() && phones.isEmpty()) {
            return;
        }
        // An empty IN list is not valid JPQL: a value no column holds stands in.
        List<Object[]> rows = Appeal.getEntityManager().createQuery("""
                        select a.id, a.applicantIin, a.applicantPhone, a.topicCode, a.registeredAt from Appeal a
                        where (a.applicantIin in :iins or a.applicantPhone in :phones) and a.registeredAt >= :since""",
                        Object[].class)
                .setParameter("iins", iins.isEmpty() ? Set.of("-") : iins)
                .setParameter("phones", phones.isEmpty() ? Set.of("-") : phones)
                .setParameter("since", since)
                .getResultList();
        for (Object[] r : rows) {
            Earlier e = new Earlier((Long) r[0], (String) r[3], (Instant) r[4]);
            if (r[1] != null) {
                remember("i" + r[1], e);
            }
            if (r[2] != null) {
                remember("p" + r[2], e);
            }
        }
    }

    /** The latest earlier appeal of the same applicant on the same topic within the window, or null. */
    Long earlierOf(Appeal a) {
        String key = key(a);
        if (key == null) {
            return null;
        }
        Instant since = Registrar.repeatWindowStart(a.registeredAt);
        return byApplicant.getOrDefault(key, List.of()).stream()
                .filter(e -> e.topic().equals(a.topicCode))
                .filter(e -> !e.registeredAt().isBefore(since) && !e.registeredAt().isAfter(a.registeredAt))
                .max(Comparator.comparing(Earlier::registeredAt).thenComparing(Earlier::id))
                .map(Earlier::id)
                .orElse(null);
    }

    void add(Appeal a) {
        Earlier e = new Earlier(a.id, a.topicCode, a.registeredAt);
        if (a.applicantIin != null) {
            remember("i" + a.applicantIin, e);
        }
        if (a.applicantPhone != null) {
            remember("p" + a.applicantPhone, e);
        }
    }

    private void remember(String key, Earlier e) {
        byApplicant.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
    }

    private static String key(Appeal a) {
        return a.applicantIin != null ? "i" + a.applicantIin : a.applicantPhone != null ? "p" + a.applicantPhone : null;
    }
}
