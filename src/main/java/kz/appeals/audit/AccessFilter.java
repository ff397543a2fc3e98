package kz.appeals.audit;

import java.time.LocalDate;

/** The admin's query, checked: each part null when not asked for; hashes already keyed like the rows. */
record AccessFilter(Long appealId, byte[] iinHash, byte[] phoneHash, String subject, LocalDate from, LocalDate to) {
}
