package kz.appeals.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which failures answer 503 (retry shortly) rather than 500. */
class DatabaseUnavailableTest {

    private static RollbackException commitFailed(Exception driverError) {
        // as the transaction manager reports a commit whose connection failed
        XAException xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(driverError);
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        return rollback;
    }

    @Test
    @DisplayName("a commit that fails because the server ended the connection is the database being unavailable")
    void connectionEndedAtCommit() {
        // SQLSTATEs as PostgreSQL sends them: 57P01 admin_shutdown, 08006 connection_failure, 23505 unique_violation
        SQLException ended = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
        assertThat(ProblemMappers.isDatabaseUnavailable(new RuntimeException(commitFailed(ended)))).isTrue();
        SQLException io = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        assertThat(ProblemMappers.isDatabaseUnavailable(io)).isTrue();
    }

    @Test
    @DisplayName("a commit refused for a constraint is not: it stays a failure of its own")
    void constraintAtCommit() {
        SQLException unique = new SQLException("ERROR: duplicate key value violates unique constraint", "23505");
        assertThat(ProblemMappers.isDatabaseUnavailable(commitFailed(unique))).isFalse();
        assertThat(ProblemMappers.isDatabaseUnavailable(new IllegalStateException("no database here"))).isFalse();
    }

    @Test
    @DisplayName("a cycle of causes and suppressed exceptions ends the search")
    void cycle() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.addSuppressed(b);
        assertThat(ProblemMappers.isDatabaseUnavailable(b)).isFalse();
    }
}
