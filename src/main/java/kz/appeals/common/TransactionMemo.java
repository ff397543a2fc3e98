package kz.appeals.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Supplier;

/**
 * Values read once per transaction: the version rows of the data held in memory (the working
 * calendar, the catalogues) are read at the first use in a transaction and remembered to its end, so
 * one registration reads each once however many checks consult them. Outside a transaction every call
 * computes. A transaction that changes such data itself must not rely on a value remembered before.
 */
@ApplicationScoped
public class TransactionMemo {

    @Inject
    TransactionSynchronizationRegistry registry;

    /** Whether the current thread runs in an active transaction. */
    public boolean inTransaction() {
        return registry.getTransactionStatus() == Status.STATUS_ACTIVE;
    }

    /** The value remembered under {@code key} in the current transaction, computed at its first use. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        if (!inTransaction()) {
            return compute.get();
        }
        T value = (T) registry.getResource(key);
        if (value == null) {
            value = compute.get();
            registry.putResource(key, value);
        }
        return value;
    }
}
