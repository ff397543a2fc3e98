package kz.appeals.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Rows wait in a bounded queue and a background thread writes them in batches: a full batch at
 * once, otherwise whatever has come every flush interval. Nothing is dropped: when the queue is
 * full the caller writes its own rows before it goes on (and fails with them if the database
 * does), a failed batch is kept and retried before anything newer, and closing writes the rest
 * (rows that still come after it are written by their callers).
 *
 * <p>Rows leave the queue only under {@link #writing}, so {@link #flush()} returns once every
 * row added before it is stored.
 */
final class AccessQueue<T> {
    private static final Logger LOG = Logger.getLogger(AccessQueue.class);
    private static final Duration WARN_EVERY = Duration.ofMinutes(1);

    /** Where rows are stored; one call per batch. */
    interface Sink<T> {
        void write(List<T> rows) throws Exception;
    }

    private final LinkedBlockingQueue<T> queue;
    private final int batchSize;
    private final long intervalNanos;
    private final Sink<T> sink;
    private final ReentrantLock writing = new ReentrantLock();
    /** A batch whose write failed: written before anything newer (guarded by {@link #writing}). */
    private volatile List<T> failed = List.of();
    private volatile boolean running;
    /** After close, nothing drains the queue: late rows are written by their callers. */
    private volatile boolean closed;
    private volatile Thread writer;
    private long lastWarning = System.nanoTime() - WARN_EVERY.toNanos();

    AccessQueue(int capacity, int batchSize, Duration interval, Sink<T> sink) {
        this.queue = new LinkedBlockingQueue<>(capacity);
        this.batchSize = batchSize;
        this.intervalNanos = interval.toNanos();
        this.sink = sink;
    }

    void start(String threadName) {
        running = true;
        Thread thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
        writer = thread;
        thread.start();
    }

    /** Queues the rows; those that do not fit are written now, on the caller's thread. */
    void add(List<T> rows) throws Exception {
        if (closed) {
            sink.write(rows);
            return;
        }
        List<T> overflow = null;
        for (T row : rows) {
            if (!queue.offer(row)) {
                if (overflow == null) {
                    overflow = new ArrayList<>();
                }
                overflow.add(row);
            }
        }
        if (overflow != null) {
            sink.write(overflow);
        }
        Thread thread = writer;
        if (thread != null && queue.size() >= batchSize) {
            LockSupport.unpark(thread);
        }
    }

    /** Writes every row queued before the call; throws when the database refuses (the rows stay queued). */
    void flush() throws Exception {
        writing.lock();
        try {
            // FIFO: writing as many rows as were waiting covers all of them, while newer ones may keep coming
            int owed = pending();
            while (owed > 0) {
                int written = writeBatch();
                if (written == 0) {
                    break;
                }
                owed -= written;
            }
        } finally {
            writing.unlock();
        }
    }

    /** Stops the writer and writes what is left; what cannot be written is reported, not lost silently. */
    void close(Duration timeout) {
        closed = true;
        running = false;
        Thread thread = writer;
        if (thread != null) {
            LockSupport.unpark(thread);
            try {
                thread.join(timeout.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            flush();
        } catch (Exception e) {
            LOG.errorf("The personal-data access log could not store %d reads at shutdown (%s)", pending(),
                    e.getClass().getSimpleName());
        }
    }

    int pending() {
        return queue.size() + failed.size();
    }

    private void run() {
        while (running) {
            int written;
            writing.lock();
            try {
                written = writeBatch();
            } catch (Exception e) {
                written = 0;
                warn(e);
            } finally {
                writing.unlock();
            }
            if (written < batchSize) {
                LockSupport.parkNanos(this, intervalNanos);
            }
        }
    }

    /** One batch: the failed one again, or up to batchSize queued rows. Caller holds {@link #writing}. */
    private int writeBatch() throws Exception {
        List<T> batch = failed;
        if (batch.isEmpty()) {
            batch = new ArrayList<>(Math.min(batchSize, Math.max(queue.size(), 1)));
            queue.drainTo(batch, batchSize);
            if (batch.isEmpty()) {
                return 0;
            }
        }
        try {
            sink.write(batch);
        } catch (Exception e) {
            failed = batch;
            throw e;
        }
        failed = List.of();
        return batch.size();
    }

    private void warn(Exception e) {
        long now = System.nanoTime();
        if (now - lastWarning >= WARN_EVERY.toNanos()) {
            lastWarning = now;
            LOG.warnf("The personal-data access log cannot write (%s); %d reads wait and are retried every %d ms",
                    e.getClass().getSimpleName(), pending(), TimeUnit.NANOSECONDS.toMillis(intervalNanos));
        }
    }
}
