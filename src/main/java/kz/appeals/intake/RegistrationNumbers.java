package kz.appeals.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.query.NativeQuery;

/**
 * Registration numbers such as {@code 2026-EKB-000153}: the year, the district and a serial
 * drawn from the database sequence of that (year, district) (R__registration_serials.sql,
 * docs/registration-numbers.md). Drawing takes no lock, so concurrent intake in one district
 * does not wait for each other's commit; a serial is never handed out twice, and a
 * registration that rolls back leaves a gap. The sequences are made ahead of use
 * ({@link RegistrationSerialsAhead}); one that was not is created safely at its first draw.
 */
@ApplicationScoped
public class RegistrationNumbers {

    @Inject
    EntityManager em;

    public String next(int year, String districtCode) {
        return format(year, districtCode, reserve(year, districtCode, 1).get(0));
    }

    /** {@code count} serials of (year, district), in increasing order. */
    public List<Long> reserve(int year, String districtCode, int count) {
        // it reads no mapped table: naming a query space of its own spares the flush a native query makes by default
        List<?> rows = em.createNativeQuery("select s from registration_serials(?1, ?2, ?3) s")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("registration_serial")
                .setParameter(1, year)
                .setParameter(2, districtCode)
                .setParameter(3, count)
                .getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }

    public static String format(int year, String districtCode, long value) {
        return String.format("%d-%s-%06d", year, districtCode, value);
    }
}
