package kz.appeals.document;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import org.hibernate.Session;

/**
 * Documents in PostgreSQL: a file is rows of at most {@value #CHUNK} bytes in
 * {@code document_blob_chunk}, written one after the other in the caller's transaction and read
 * back one row per query, each on a short connection of its own, so that neither direction holds
 * more than a chunk in memory, and a slow download holds no connection or transaction while the
 * client reads. Chunks never change once committed, so reading them one by one is consistent.
 */
@ApplicationScoped
public class PostgresBlobStore implements BlobStore {
    /** Rows of 1 MiB: a 20 MB file is 20 rows; bytea values this size are stored out of line. */
    static final int CHUNK = 1 << 20;
    static final String PREFIX = "pg:";

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Override
    public Stored put(InputStream content) throws IOException {
        try {
            // the connection of the caller's transaction: the chunks commit or roll back with the attachment
            return em.unwrap(Session.class).doReturningWork(connection -> write(connection, content));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Stored write(Connection connection, InputStream content) throws SQLException {
        long id;
        try (PreparedStatement next = connection.prepareStatement("select nextval('document_blob_seq')");
             ResultSet rs = next.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[CHUNK];
        long size = 0;
        int seq = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into document_blob_chunk (blob_id, seq, data) values (?, ?, ?)")) {
            while (true) {
                int n = content.readNBytes(buffer, 0, CHUNK);
                if (n == 0) {
                    break;
                }
                sha256.update(buffer, 0, n);
                insert.setLong(1, id);
                insert.setInt(2, seq++);
                insert.setBinaryStream(3, new java.io.ByteArrayInputStream(buffer, 0, n), n);
                insert.executeUpdate();
                size += n;
                if (n < CHUNK) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String hex = HexFormat.of().formatHex(sha256.digest());
        try (PreparedStatement blob = connection.prepareStatement(
                "insert into document_blob (id, size, sha256) values (?, ?, ?)")) {
            blob.setLong(1, id);
            blob.setLong(2, size);
            blob.setString(3, hex);
            blob.executeUpdate();
        }
        return new Stored(PREFIX + id, size, hex);
    }

    @Override
    public InputStream open(String key) {
        if (key == null || !key.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a key of this store: " + key);
        }
        return new ChunkStream(dataSource, Long.parseLong(key.substring(PREFIX.length())));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a blob chunk by chunk, each with one query on a connection taken for it alone. */
    static final class ChunkStream extends InputStream {
        private final AgroalDataSource dataSource;
        private final long blobId;
        private int nextSeq;
        private byte[] chunk = new byte[0];
        private int position;
        private boolean ended;

        ChunkStream(AgroalDataSource dataSource, long blobId) {
            this.dataSource = dataSource;
            this.blobId = blobId;
        }

        @Override
        public int read() throws IOException {
            if (!fill()) {
                return -1;
            }
            return chunk[position++] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int from, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, buffer, from, n);
            position += n;
            return n;
        }

        private boolean fill() throws IOException {
            while (position >= chunk.length) {
                if (ended) {
                    return false;
                }
                chunk = fetch(nextSeq++);
                position = 0;
                if (chunk == null) {
                    ended = true;
                    chunk = new byte[0];
                    return false;
                }
            }
            return true;
        }

        private byte[] fetch(int seq) throws IOException {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement s = c.prepareStatement(
                         "select data from document_blob_chunk where blob_id = ? and seq = ?")) {
                s.setLong(1, blobId);
                s.setInt(2, seq);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getBytes(1) : null;
                }
            } catch (SQLException e) {
                throw new IOException("Reading document " + blobId + " failed", e);
            }
        }
    }
}
