package kz.appeals.common;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * JSON request bodies must be well-formed UTF-8 (RFC 8259 §8.1, RFC 3629): an overlong
 * encoding (such as {@code C0 AF} for "/"), an encoded surrogate, a stray continuation byte
 * or a sequence cut short is a 400, never decoded into something else and stored. The check
 * runs on the bytes as the body is read, so nothing is buffered twice.
 */
@Provider
public class StrictUtf8 implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"))) {
            context.setInputStream(new ValidatingStream(context.getInputStream()));
        }
        return context.proceed();
    }

    /** Thrown while reading a body that is not UTF-8; answered 400 by {@link ProblemMappers}. */
    public static final class MalformedException extends IOException {
        public MalformedException(long offset) {
            super("The body is not well-formed UTF-8 (at byte " + offset + ")");
        }
    }

    /** Passes bytes through unchanged and checks them against the UTF-8 grammar of RFC 3629. */
    static final class ValidatingStream extends FilterInputStream {
        private long offset;
        /** Continuation bytes still expected for the current character. */
        private int pending;
        /** Allowed range of the next continuation byte (narrower after E0, ED, F0, F4). */
        private int low = 0x80;
        private int high = 0xBF;

        ValidatingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                end();
            } else {
                check(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int from, int length) throws IOException {
            int n = super.read(buffer, from, length);
            if (n < 0) {
                end();
            }
            for (int i = 0; i < n; i++) {
                check(buffer[from + i] & 0xFF);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] sink = new byte[(int) Math.min(n, 8192)];
            int read = read(sink, 0, sink.length);
            return Math.max(read, 0);
        }

        private void end() throws MalformedException {
            if (pending > 0) {
                throw new MalformedException(offset);
            }
        }

        private void check(int b) throws MalformedException {
            if (pending > 0) {
                if (b < low || b > high) {
                    throw new MalformedException(offset);
                }
                pending--;
                low = 0x80;
                high = 0xBF;
            } else if (b >= 0x80) {
                if (b >= 0xC2 && b <= 0xDF) {
                    pending = 1;
                } else if (b == 0xE0) {
                    pending = 2;
                    low = 0xA0; // below is overlong
                } else if (b == 0xED) {
                    pending = 2;
                    high = 0x9F; // above encodes a UTF-16 surrogate
                } else if (b >= 0xE1 && b <= 0xEF) {
                    pending = 2;
                } else if (b == 0xF0) {
                    pending = 3;
                    low = 0x90; // below is overlong
                } else if (b >= 0xF1 && b <= 0xF3) {
                    pending = 3;
                } else if (b == 0xF4) {
                    pending = 3;
                    high = 0x8F; // above is past U+10FFFF
                } else {
                    throw new MalformedException(offset); // C0, C1, F5-FF, or a stray continuation byte
                }
            }
            offset++;
        }
    }
}
