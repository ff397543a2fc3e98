package kz.appeals.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Registration numbers such as {@code 2026-EKB-000153}: the year, the district and a
 * counter per (year, district). The counter row is incremented inside the registering
 * transaction, so concurrent intake never repeats a number; a rolled-back transaction
 * gives its numbers back before anyone saw them.
 */
@ApplicationScoped
public class RegistrationNumbers {

    @Inject
    EntityManager em;

    public String next(int year, String districtCode) {
        return format(year, districtCode, reserve(year, districtCode, 1));
    }

    /** Reserves {@code count} numbers at once; returns the first of them. */
    public long reserve(int year, String districtCode, int count) {
        Number last = (Number) em.createNativeQuery("""
                        insert into registration_counter (year, district_code, last_value) values (?1, ?2, ?3)
                        on conflict (year, district_code)
                        do update set last_value = registration_counter.last_value + excluded.last_value
                        returning last_value""")
                .setParameter(1, year)
                .setParameter(2, districtCode)
                .setParameter(3, count)
                .getSingleResult();
        return last.longValue() - count + 1;
    }

    public static String format(int year, String districtCode, long value) {
        return String.format("%d-%s-%06d", year, districtCode, value);
    }
}
