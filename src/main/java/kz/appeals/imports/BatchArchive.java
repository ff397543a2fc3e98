package kz.appeals.imports;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import kz.appeals.common.ProblemException;

/**
 * What an uploaded batch (a ZIP) must be before a line of it is read, so that a refused batch
 * stores nothing: every entry named once (an archive may hold two entries of one name, and a
 * reader takes one of them without a word: which letter, or which register, was meant?), every
 * entry readable to its end, and all of them together no larger, expanded, than the cap. The
 * sizes an archive declares are the uploader's word: each entry is inflated and its bytes counted.
 */
final class BatchArchive {
    /** How much of an entry's name a refusal quotes. */
    private static final int SHOWN_NAME = 200;

    private BatchArchive() {
    }

    /**
     * @throws ProblemException 422 for a name held twice or a damaged entry, 413 past {@code maxExpanded}
     */
    static void check(ZipFile zip, long maxExpanded) throws IOException {
        // walked twice rather than listed: an archive may hold millions of entries
        Iterable<ZipEntry> entries = () -> zip.stream().map(ZipEntry.class::cast).iterator();
        Set<String> names = new HashSet<>();
        long declared = 0;
        for (ZipEntry entry : entries) {
            if (!names.add(entry.getName())) {
                throw ProblemException.unprocessable("The batch holds more than one entry named " + shown(entry)
                        + "; name each file of a batch once. Nothing was imported.");
            }
            long size = entry.getSize(); // -1: not declared
            if (size > maxExpanded - declared) {
                throw tooLarge(maxExpanded);
            }
            declared += Math.max(0, size);
        }
        long expanded = 0;
        byte[] buffer = new byte[64 * 1024];
        for (ZipEntry entry : entries) {
            try (InputStream in = zip.getInputStream(entry)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    expanded += n;
                    if (expanded > maxExpanded) {
                        throw tooLarge(maxExpanded);
                    }
                }
            } catch (ZipException | EOFException e) {
                throw ProblemException.unprocessable("The batch's entry " + shown(entry) + " could not be read to its end:"
                        + " the archive is damaged. Nothing was imported.");
            }
        }
    }

    private static ProblemException tooLarge(long maxExpanded) {
        return new ProblemException(413, "payload-too-large", "Payload too large", "The batch's files expand to more than "
                + maxExpanded + " bytes (appeals.http.max-import-expanded); split the register and its documents into"
                + " smaller batches. Nothing was imported.");
    }

    private static String shown(ZipEntry entry) {
        String name = entry.getName();
        return "\"" + (name.length() <= SHOWN_NAME ? name : name.substring(0, SHOWN_NAME) + "...") + "\"";
    }
}
