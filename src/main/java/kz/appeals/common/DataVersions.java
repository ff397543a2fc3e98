package kz.appeals.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;

/**
 * The version rows of the data the service holds in memory, read together: the working calendar's
 * (migration V22) and the catalogues' (V89, which covers the notice templates since V93). A
 * registration consults both; one statement reads both, once per transaction ({@link TransactionMemo}).
 */
@ApplicationScoped
public class DataVersions {

    /** The versions as one statement read them. */
    public record Versions(long calendar, long catalogues) {
    }

    private static final Object KEY = new Object();

    @Inject
    EntityManager em;

    @Inject
    TransactionMemo memo;

    /** The versions as of this transaction (read at its first use); outside a transaction, read now. */
    public Versions current() {
        return memo.get(KEY, this::read);
    }

    private Versions read() {
        // names the tables the versions stand for: Hibernate flushes pending writes first only when they touch them
        Object[] row = (Object[]) em.createNativeQuery(
                        "select (select version from calendar_version), (select version from catalogue_version)")
                .unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("calendar_version").addSynchronizedQuerySpace("calendar_day")
                .addSynchronizedQuerySpace("catalogue_version").addSynchronizedQuerySpace("district")
                .addSynchronizedQuerySpace("topic").addSynchronizedQuerySpace("agency")
                .addSynchronizedQuerySpace("official").addSynchronizedQuerySpace("notice_template")
                .getSingleResult();
        return new Versions(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
}
