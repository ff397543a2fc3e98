package kz.appeals.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The queue in front of the access-log table: batches, and no read lost when it is full or the database fails. */
class AccessQueueTest {

    /** A sink that keeps what it was given, in order, and can be made to fail. */
    private static final class Table implements AccessQueue.Sink<Integer> {
        final List<Integer> rows = Collections.synchronizedList(new ArrayList<>());
        final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        final List<String> threads = Collections.synchronizedList(new ArrayList<>());
        final AtomicBoolean down = new AtomicBoolean();

        @Override
        public void write(List<Integer> batch) throws Exception {
            if (down.get()) {
                throw new java.sql.SQLException("connection refused", "08001");
            }
            threads.add(Thread.currentThread().getName());
            batchSizes.add(batch.size());
            rows.addAll(batch);
        }
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(i);
        }
        return out;
    }

    @Test
    @DisplayName("queued rows are written by the background thread in batches of at most batchSize")
    void backgroundBatches() throws Exception {
        Table table = new Table();
        AccessQueue<Integer> queue = new AccessQueue<>(1000, 10, Duration.ofMillis(50), table);
        queue.start("test-writer");
        try {
            queue.add(range(0, 25));
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> table.rows.size() == 25);
            assertThat(table.rows).containsExactlyElementsOf(range(0, 25));
            assertThat(table.batchSizes).allSatisfy(size -> assertThat(size).isBetween(1, 10));
            assertThat(table.threads).containsOnly("test-writer");
        } finally {
            queue.close(Duration.ofSeconds(5));
        }
    }

    @Test
    @DisplayName("rows that do not fit in a full queue are written at once on the caller's thread, none dropped")
    void fullQueueWritesSynchronously() throws Exception {
        Table table = new Table();
        AccessQueue<Integer> queue = new AccessQueue<>(3, 10, Duration.ofSeconds(1), table);   // no writer thread
        queue.add(range(0, 5));
        assertThat(table.rows).containsExactly(3, 4);
        assertThat(table.threads).containsOnly(Thread.currentThread().getName());
        queue.flush();
        assertThat(table.rows).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
    }

    @Test
    @DisplayName("a full queue with the database away fails the caller: the read is refused, not answered unrecorded")
    void fullQueueAndDatabaseDownFails() {
        Table table = new Table();
        table.down.set(true);
        AccessQueue<Integer> queue = new AccessQueue<>(2, 10, Duration.ofSeconds(1), table);
        assertThatThrownBy(() -> queue.add(range(0, 3))).isInstanceOf(java.sql.SQLException.class);
    }

    @Test
    @DisplayName("a batch the database refused is kept and written first once it is back")
    void failedBatchIsRetried() throws Exception {
        Table table = new Table();
        AccessQueue<Integer> queue = new AccessQueue<>(100, 10, Duration.ofMillis(20), table);
        table.down.set(true);
        queue.add(range(0, 4));
        assertThatThrownBy(queue::flush).isInstanceOf(java.sql.SQLException.class);
        queue.add(range(4, 6));
        assertThat(queue.pending()).isEqualTo(6);
        table.down.set(false);
        queue.flush();
        assertThat(table.rows).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(queue.pending()).isZero();
    }

    @Test
    @DisplayName("flush returns once every row added before it is written, even while the writer thread holds a batch")
    void flushSeesEverythingBefore() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Table table = new Table();
        AccessQueue<Integer> queue = new AccessQueue<>(100, 2, Duration.ofMillis(10), rows -> {
            if (rows.contains(0)) {
                writing.countDown();
                release.await(10, TimeUnit.SECONDS);
            }
            table.write(rows);
        });
        queue.start("slow-writer");
        try {
            queue.add(range(0, 2));
            assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
            queue.add(range(2, 5));
            Thread flusher = new Thread(() -> {
                try {
                    queue.flush();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            flusher.start();
            release.countDown();
            flusher.join(10_000);
            assertThat(table.rows).containsExactly(0, 1, 2, 3, 4);
        } finally {
            queue.close(Duration.ofSeconds(5));
        }
    }

    @Test
    @DisplayName("closing writes what is still queued")
    void closeDrains() {
        Table table = new Table();
        AccessQueue<Integer> queue = new AccessQueue<>(1000, 500, Duration.ofHours(1), table);
        queue.start("idle-writer");
        try {
            queue.add(range(0, 7));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        queue.close(Duration.ofSeconds(5));
        assertThat(table.rows).containsExactlyInAnyOrderElementsOf(range(0, 7));
    }

    @Test
    @DisplayName("a row that comes after closing is written by its caller at once")
    void lateRowAfterClose() throws Exception {
        Table table = new Table();
        AccessQueue<Integer> queue = new AccessQueue<>(1000, 500, Duration.ofHours(1), table);
        queue.start("closed-writer");
        queue.close(Duration.ofSeconds(5));
        queue.add(List.of(42));
        assertThat(table.rows).containsExactly(42);
        assertThat(table.threads).containsExactly(Thread.currentThread().getName());
    }
}
