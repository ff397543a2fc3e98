package kz.appeals.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads that may be served by a standby: statistics and exports. They go to the datasource
 * "replica" (APPEALS_REPLICA_JDBC_URL; the primary's URL when unset), read only: the connection is
 * read-only (the driver begins every transaction READ ONLY), and a hot standby refuses writes in
 * any case. On a standby a read sees the register as of the standby's replay, a moment behind the
 * primary (docs/scale.md states the bound and bench/ha measures it); nothing that must see its own
 * writes reads here.
 */
@ApplicationScoped
public class ReadReplica {

    /** Work done with a connection of the replica. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    @Inject
    @DataSource("replica")
    AgroalDataSource replica;

    /**
     * Runs {@code work} in one read-only transaction on the replica (the work may set its isolation
     * with its first statement) and ends the transaction.
     */
    public <T> T read(Work<T> work) {
        try (Connection c = replica.getConnection()) {
            c.setReadOnly(true);
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new ReplicaException(e);
        }
    }

    /** A read on the replica failed; its cause is the driver's exception. */
    public static class ReplicaException extends RuntimeException {
        ReplicaException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
