import io.gatling.javaapi.core.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every answer of a simulation with its arrival time, so that a run reports what Gatling's summary
 * does not: the rate achieved to the hundredth, answers other than the one expected, and the p99 of
 * the first and the last window of the run (a stall or a slow drift shows as last / first). Requests
 * that arrive during the warm-up (the first BENCH_WARM seconds, at the same rate) are not counted,
 * so neither the service's nor Gatling's own JIT warm-up weighs on the first window. Printed at the
 * end as one line "RESULT key=value ..." (parsed by bench/openmodel/run; Gatling's own summary above
 * it includes the warm-up).
 */
final class Timings {
    private record Sample(long startMs, long rtMs, int status, boolean ok, String kind) {
    }

    private static final ConcurrentLinkedQueue<Sample> SAMPLES = new ConcurrentLinkedQueue<>();
    private static final AtomicLong ARRIVALS = new AtomicLong();
    private static final AtomicLong T0 = new AtomicLong(Long.MAX_VALUE);

    private Timings() {
    }

    /** The warm-up: seconds of arrivals, at the rate of the run, that are not counted (BENCH_WARM, 0). */
    static int warmSeconds() {
        return Integer.parseInt(OpenModel.env("BENCH_WARM", "0"));
    }

    /** Called by every arrival: the first one starts the clock, so Gatling's own start-up is not counted. */
    static Session arrive(Session session) {
        long now = System.currentTimeMillis();
        T0.compareAndSet(Long.MAX_VALUE, now + warmSeconds() * 1000L);
        if (now >= T0.get()) {
            ARRIVALS.incrementAndGet();
        }
        return session.set("arrivedAt", now);
    }

    /**
     * Records the answer saved by the request's checks "rt" and "st" (none when the request got no
     * answer), placed in time by its arrival, so that it is counted exactly when its arrival was.
     */
    static Session record(Session session, String kind, int expected) {
        if (session.contains("rt")) {
            long rt = session.getLong("rt");
            int status = session.contains("st") ? session.getInt("st") : 0;
            long start = session.getLong("arrivedAt") - T0.get();
            if (start >= 0) {
                SAMPLES.add(new Sample(start, rt, status, status == expected, kind));
            }
        }
        return session;
    }

    static String summary(double offered, double secs, double window) {
        List<Sample> all = new ArrayList<>(SAMPLES);
        long arrivals = ARRIVALS.get();
        long ok = all.stream().filter(Sample::ok).count();
        long s5xx = all.stream().filter(s -> s.status() >= 500).count();
        long s4xx = all.stream().filter(s -> s.status() >= 400 && s.status() < 500).count();
        long firstStart = all.stream().mapToLong(Sample::startMs).min().orElse(0);
        long lastEnd = all.stream().mapToLong(s -> s.startMs() + s.rtMs()).max().orElse(1);
        double w = Math.min(window, secs / 3) * 1000;
        StringBuilder b = new StringBuilder("RESULT");
        put(b, "offered", String.format(Locale.ROOT, "%.2f", offered));
        put(b, "achieved", String.format(Locale.ROOT, "%.2f", all.size() * 1000.0 / Math.max(1, lastEnd - firstStart)));
        put(b, "arrivals", arrivals);
        // arrivals the schedule asked for: fewer or more (a late burst) mean Gatling fell behind it
        put(b, "planned", Math.round(offered * secs));
        put(b, "answered", all.size());
        put(b, "ok", ok);
        // no answer (timeout, connection error), 5xx, 4xx, other unexpected statuses
        put(b, "noanswer", arrivals - all.size());
        put(b, "s5xx", s5xx);
        put(b, "s4xx", s4xx);
        put(b, "failed", arrivals - ok);
        put(b, "p50", pct(all, 0.50, null, 0, Long.MAX_VALUE));
        put(b, "p99", pct(all, 0.99, null, 0, Long.MAX_VALUE));
        put(b, "max", all.stream().mapToLong(Sample::rtMs).max().orElse(-1));
        for (String kind : all.stream().map(Sample::kind).distinct().sorted().toList()) {
            put(b, kind + "_n", all.stream().filter(s -> s.kind().equals(kind)).count());
            put(b, kind + "_p99", pct(all, 0.99, kind, 0, Long.MAX_VALUE));
        }
        put(b, "window_s", Math.round(w / 1000));
        put(b, "p99_first", pct(all, 0.99, null, 0, (long) w));
        put(b, "p99_last", pct(all, 0.99, null, (long) (secs * 1000 - w), Long.MAX_VALUE));
        return b.toString();
    }

    private static void put(StringBuilder b, String key, Object value) {
        b.append(' ').append(key).append('=').append(value);
    }

    /** Nearest-rank percentile (ms) of the answers of KIND (null: all) that arrived in [from, to) ms. */
    private static long pct(List<Sample> all, double q, String kind, long from, long to) {
        long[] v = all.stream().filter(s -> kind == null || s.kind().equals(kind))
                .filter(s -> s.startMs() >= from && s.startMs() < to).mapToLong(Sample::rtMs).sorted().toArray();
        if (v.length == 0) {
            return -1;
        }
        return v[Math.max(0, (int) Math.ceil(q * v.length) - 1)];
    }
}
