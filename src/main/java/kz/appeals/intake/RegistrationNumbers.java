package kz.appeals.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Registration numbers such as {@code 2026-EKB-000153}: the year, the district and a
 * counter per (year, district). The counter row is incremented inside the registering
 * transaction, so concurrent intake never repeats a number; a rolled-back transaction
 * gives its number back before anyone saw it.
 */
@ApplicationScoped
public class RegistrationNumbers {

    @Inject
    EntityManager em;

    public String next(int year, String districtCode) {
        Number value = (Number) em.createNativeQuery("""
                        insert into registration_counter (year, district_code, last_value) values (?1, ?2, 1)
                        on conflict (year, district_code)
                        do update set last_value = registration_counter.last_value + 1
                        returning last_value""")
                .setParameter(1, year)
                .setParameter(2, districtCode)
                .getSingleResult();
        return String.format("%d-%s-%06d", year, districtCode, value.longValue());
    }
}
