package kz.appeals.common;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes of every request body as the service reads them and stops at the body's cap
 * ({@link BodyLimits}) whether or not a length was announced: a chunked body is refused with 413
 * once it passes the cap, having been read no further than that. Every endpoint reads its body
 * through here (JSON, and the NDJSON import's stream), and first of all the interceptors, so
 * nothing else sees a byte past the cap.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class BodySizeInterceptor implements ReaderInterceptor {
    static final long LINGER_MILLIS = 5_000;

    @Inject
    BodyLimits limits;

    @Inject
    io.quarkus.vertx.http.runtime.CurrentVertxRequest currentRequest;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        long cap = limits.capFor(context.getHeaders().getFirst("Content-Type"));
        RoutingContext routing = currentRequest.getCurrent();
        context.setInputStream(new CappedStream(context.getInputStream(), cap,
                () -> closeAfterAnswer(routing)));
        return context.proceed();
    }

    /**
     * After the 413 of a body refused midway, the rest of it is still on its way: it is read and
     * dropped (never buffered) until the client stops sending, then the HTTP/1.1 connection is
     * closed, so the rest is never taken for a next request and the client is not cut off while
     * it sends, which could lose it the answer. A client that keeps sending is cut off after
     * {@link #LINGER_MILLIS}.
     */
    static void closeAfterAnswer(RoutingContext routing) {
        if (routing == null || routing.request().version() == HttpVersion.HTTP_2) {
            return;
        }
        HttpServerRequest request = routing.request();
        routing.addEndHandler(answered -> {
            if (request.isEnded()) {
                request.connection().close();
                return;
            }
            long timer = routing.vertx().setTimer(LINGER_MILLIS, t -> request.connection().close());
            request.handler(dropped -> { });
            request.endHandler(ended -> {
                routing.vertx().cancelTimer(timer);
                request.connection().close();
            });
            request.exceptionHandler(failed -> request.connection().close());
            request.resume();
        });
    }

    /** Thrown while reading a body past its cap; answered 413 by {@link ProblemMappers}. */
    public static final class TooLargeException extends IOException {
        private final long cap;

        TooLargeException(long cap) {
            super("The request body is larger than " + cap + " bytes");
            this.cap = cap;
        }

        public long cap() {
            return cap;
        }
    }

    /** Passes at most {@code cap} bytes; asks the source for one byte more only to tell that the body goes on. */
    static final class CappedStream extends FilterInputStream {
        private final long cap;
        private final Runnable onPassed;
        private long count;
        private boolean passed;

        CappedStream(InputStream in, long cap, Runnable onPassed) {
            super(in);
            this.cap = cap;
            this.onPassed = onPassed;
        }

        /**
         * A parser closes its input when it stops, on success or on error, and the HTTP input's
         * close reads the rest of the body to its end, which a client that never stops sending
         * never reaches. So the rest is drained here, through the count, up to the cap at most;
         * a body that goes on past it is left unread and its connection closed after the answer.
         */
        @Override
        public void close() throws IOException {
            if (!passed) {
                byte[] sink = new byte[8192];
                try {
                    while (read(sink, 0, sink.length) >= 0) {
                        // dropped
                    }
                } catch (TooLargeException e) {
                    // passed is set: fall through
                } catch (IOException e) {
                    passed = true;
                }
            }
            if (passed) {
                onPassed.run();
                return;
            }
            super.close();
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int from, int length) throws IOException {
            int n = super.read(buffer, from, (int) Math.min(length, cap - count + 1));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, cap - count + 1));
            if (skipped > 0) {
                counted(skipped);
            }
            return skipped;
        }

        private void counted(long n) throws TooLargeException {
            count += n;
            if (count > cap) {
                passed = true;
                throw new TooLargeException(cap);
            }
        }
    }
}
