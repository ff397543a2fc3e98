package kz.appeals.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import kz.appeals.common.RegionTime;
import kz.appeals.common.SqlBuilder;

/**
 * The table personal_data_access (V27) in plain JDBC: batched inserts, the admin's pages, and
 * the retention purge. No entity: rows are written once and read as a report.
 */
@ApplicationScoped
public class AccessLogStore {
    private static final String INSERT = "insert into personal_data_access (accessed_at, subject, username, role,"
            + " endpoint, appeal_id, iin_hash, phone_hash, client_address) values (?, ?, ?, ?, ?, ?, ?, ?, ?::inet)";

    @Inject
    AgroalDataSource dataSource;

    /** One statement for the batch (the driver rewrites it into multi-row inserts); autocommit. */
    void insert(List<AccessRow> rows) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(INSERT)) {
            for (AccessRow row : rows) {
                insert.setObject(1, row.accessedAt().atOffset(ZoneOffset.UTC));
                insert.setString(2, row.subject());
                insert.setString(3, row.username());
                insert.setString(4, row.role());
                insert.setString(5, row.endpoint());
                if (row.appealId() == null) {
                    insert.setNull(6, Types.BIGINT);
                } else {
                    insert.setLong(6, row.appealId());
                }
                insert.setBytes(7, row.iinHash());
                insert.setBytes(8, row.phoneHash());
                insert.setString(9, row.clientAddress());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Newest first, keyset by (accessed_at, id); limit + 1 rows so the caller knows whether more follow. */
    List<PersonalDataAccess> page(AccessFilter f, Instant afterAt, Long afterId, int limit) throws SQLException {
        SqlBuilder where = new SqlBuilder();
        where.andIf("appeal_id = ?", f.appealId());
        where.andIf("iin_hash = ?", f.iinHash());
        where.andIf("phone_hash = ?", f.phoneHash());
        if (f.subject() != null) {
            where.and("(subject = ? or username = ?)", f.subject(), f.subject());
        }
        where.andIf("accessed_at >= ?", f.from() == null ? null : RegionTime.startOf(f.from()).atOffset(ZoneOffset.UTC));
        where.andIf("accessed_at < ?",
                f.to() == null ? null : RegionTime.startOf(f.to().plusDays(1)).atOffset(ZoneOffset.UTC));
        if (afterAt != null) {
            where.and("(accessed_at, id) < (?, ?)", afterAt.atOffset(ZoneOffset.UTC), afterId);
        }
        SqlBuilder sql = new SqlBuilder().add("select id, accessed_at, subject, username, role, endpoint, appeal_id,"
                + " host(client_address) from personal_data_access");
        if (!where.isEmpty()) {
            sql.add(" where ").add(where);
        }
        sql.add(" order by accessed_at desc, id desc limit " + (limit + 1));
        try (Connection c = dataSource.getConnection(); PreparedStatement query = sql.prepare(c)) {
            List<PersonalDataAccess> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Long appealId = rs.getObject(7, Long.class);
                    rows.add(new PersonalDataAccess(rs.getLong(1),
                            RegionTime.local(rs.getObject(2, OffsetDateTime.class).toInstant()), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), appealId, rs.getString(8)));
                }
            }
            return rows;
        }
    }

    /** Deletes up to {@code chunk} of the oldest rows before {@code cutoff}; how many it deleted. */
    int purgeChunk(Instant cutoff, int chunk) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement delete = c.prepareStatement(
                "delete from personal_data_access where id in (select id from personal_data_access"
                        + " where accessed_at < ? order by accessed_at, id limit ?)")) {
            delete.setObject(1, cutoff.atOffset(ZoneOffset.UTC));
            delete.setInt(2, chunk);
            return delete.executeUpdate();
        }
    }
}
