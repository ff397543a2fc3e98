package kz.appeals.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * What the server tests read from and write to the database directly, with the parameters bound
 * in order ({@code setObject}: text, numbers, dates): one value of a query's only row, or a
 * statement that must change exactly one row.
 */
public final class Sql {
    private Sql() {
    }

    /**
     * The first column of the query's first row as {@code type} (the driver's {@code getObject}: a date reads as
     * LocalDate, not String; cast to text in the query for its text); null where it is SQL NULL; fails without a row.
     */
    public static <T> T value(DataSource db, Class<T> type, String sql, Object... params) throws SQLException {
        try (Connection c = db.getConnection()) {
            return first(c, rs -> rs.getObject(1, type), sql, params);
        }
    }

    /** A count (or any whole number) in the first column of the query's first row; fails without a row. */
    public static long count(DataSource db, String sql, Object... params) throws SQLException {
        try (Connection c = db.getConnection()) {
            return count(c, sql, params);
        }
    }

    /** As {@link #count(DataSource, String, Object...)}, on a connection the test holds. */
    public static long count(Connection c, String sql, Object... params) throws SQLException {
        return first(c, rs -> rs.getLong(1), sql, params);
    }

    /** Runs an insert, update or delete that must change exactly one row. */
    public static void updateOne(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params)) {
            int changed = ps.executeUpdate();
            if (changed != 1) {
                throw new AssertionError("expected one row changed, got " + changed + ": " + sql);
            }
        }
    }

    private interface Column<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> T first(Connection c, Column<T> column, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no row: " + sql);
            }
            return column.read(rs);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }
}
