package kz.appeals.imports;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines of at most {@code maxLength} characters: a longer line is skipped to its
 * end and reported, so one broken line cannot take the heap.
 */
final class LineReader {
    static final String TOO_LONG = "\u0000too-long";
    private final Reader in;
    private final int maxLength;
    private final StringBuilder sb = new StringBuilder(1024);
    private final char[] buffer = new char[64 * 1024];
    private int pos;
    private int end;

    LineReader(Reader in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** The next line without its terminator, {@link #TOO_LONG} for an over-long one, or null at the end. */
    String next() throws IOException {
        sb.setLength(0);
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    return any ? finish(tooLong) : null;
                }
            }
            any = true;
            char c = buffer[pos++];
            if (c == '\n') {
                return finish(tooLong);
            }
            if (!tooLong) {
                if (sb.length() >= maxLength) {
                    tooLong = true;
                    sb.setLength(0);
                } else {
                    sb.append(c);
                }
            }
        }
    }

    private String finish(boolean tooLong) {
        if (tooLong) {
            return TOO_LONG;
        }
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == '\r') {
            sb.setLength(len - 1);
        }
        return sb.toString();
    }
}
