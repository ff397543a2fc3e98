package kz.appeals.audit;

import java.time.Instant;

/** One row of the access log as written: who, when, where from, and whose data (as keyed hashes). */
record AccessRow(Instant accessedAt, String subject, String username, String role, String endpoint, Long appealId,
                 byte[] iinHash, byte[] phoneHash, String clientAddress) {
}
