package kz.appeals.document;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of documents live, by key. The register stores them in PostgreSQL
 * ({@link PostgresBlobStore}); a deployment that outgrows that implements this interface for an
 * S3-compatible store and keeps everything else. Both directions stream: no implementation may
 * hold a whole file in memory.
 */
public interface BlobStore {

    /** What was stored: the key to read it back by, its length and its SHA-256 (lower-case hex). */
    record Stored(String key, long size, String sha256) {
    }

    /**
     * Stores the bytes of {@code content} to its end. A transactional store writes within the
     * caller's transaction, so that a failed upload leaves nothing behind; the caller closes the stream.
     */
    Stored put(InputStream content) throws IOException;

    /** The bytes stored under {@code key}, read as they are consumed; the caller closes the stream. */
    InputStream open(String key) throws IOException;
}
