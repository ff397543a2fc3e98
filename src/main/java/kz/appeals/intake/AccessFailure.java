package kz.appeals.intake;

import io.quarkus.hibernate.orm.panache.Panache;
import java.time.Instant;
import java.util.List;

/** Wrong access codes per registration number (table access_failure), for the slow-down. */
final class AccessFailure {
    private AccessFailure() {
    }

    static void record(String number, Instant at) {
        Panache.getEntityManager()
                .createNativeQuery("insert into access_failure (registration_number, failed_at) values (?1, ?2)")
                .setParameter(1, number).setParameter(2, at).executeUpdate();
    }

    /**
     * When {@code limit} or more failures fall after {@code since}: the oldest of the
     * latest {@code limit}, from which the caller computes Retry-After; else null.
     */
    @SuppressWarnings("unchecked")
    static Instant oldestWithin(String number, Instant since, int limit) {
        List<Object> rows = Panache.getEntityManager().createNativeQuery("""
                        select failed_at from access_failure
                        where registration_number = ?1 and failed_at > ?2
                        order by failed_at desc limit ?3""")
                .setParameter(1, number).setParameter(2, since).setParameter(3, limit).getResultList();
        if (rows.size() < limit) {
            return null;
        }
        Object oldest = rows.get(rows.size() - 1);
        if (oldest instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return oldest instanceof Instant i ? i : ((java.time.OffsetDateTime) oldest).toInstant();
    }
}
