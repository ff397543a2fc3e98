package kz.appeals.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * ZIP batches for the import's tests, and the archives a careless or hostile uploader makes, which
 * ZipOutputStream refuses to write: two entries of one name, sizes in the central directory that
 * are not the entry's.
 */
public final class Zips {
    /** Offsets in a central directory record (APPNOTE 4.3.12). */
    public static final int COMPRESSED_SIZE = 20;
    public static final int SIZE = 24;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;

    private Zips() {
    }

    /** The files, deflated, in the map's order. */
    public static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /**
     * The archive with every occurrence of the entry name {@code from} (its local header and its central
     * directory record) replaced by {@code to}, of the same length: with an existing name, two entries share it.
     */
    public static byte[] renamed(byte[] zip, String from, String to) {
        byte[] a = from.getBytes(StandardCharsets.UTF_8);
        byte[] b = to.getBytes(StandardCharsets.UTF_8);
        if (a.length != b.length) {
            throw new IllegalArgumentException("names of one length only");
        }
        byte[] out = zip.clone();
        int found = 0;
        for (int at = 0; at + a.length <= out.length; at++) {
            if (Arrays.equals(out, at, at + a.length, a, 0, a.length)) {
                System.arraycopy(b, 0, out, at, b.length);
                found++;
            }
        }
        if (found != 2) {
            throw new IllegalStateException(from + " found " + found + " times, not twice");
        }
        return out;
    }

    /** The archive with a 4-byte field ({@link #SIZE}, {@link #COMPRESSED_SIZE}) of the entry's central record set to value. */
    public static byte[] central(byte[] zip, String name, int field, int value) {
        byte[] out = zip.clone();
        ByteBuffer buffer = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = out.length - 22; at >= 0; at--) {
            if (buffer.getInt(at) == CENTRAL_SIGNATURE) {
                int length = buffer.getShort(at + 28) & 0xffff;
                if (new String(out, at + 46, length, StandardCharsets.UTF_8).equals(name)) {
                    buffer.putInt(at + field, value);
                    return out;
                }
            }
        }
        throw new IllegalStateException("no entry " + name);
    }
}
