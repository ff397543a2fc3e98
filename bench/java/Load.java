import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load client and the resilience checks of the benchmark harness (bench/run).
 *
 * One blocking keep-alive HTTP/1.1 socket per client thread, a fixed number of threads,
 * no HTTP library: the cheapest client Java offers, which matters on a 2-core machine where
 * the client, the service and PostgreSQL share the CPU. Every loop is bounded by a duration
 * and a request count; only 127.0.0.1 is ever contacted. Latencies are kept whole and sorted
 * (no histogram approximations). Results go to stdout as one line
 * {@code RESULT key=value ...} that bench/run parses; progress goes to stderr.
 *
 * Modes: get, post, mixed, list, idem, race, keep, bad (see main()).
 */
public class Load {
    static final String HOST = "127.0.0.1";
    static final ZoneOffset ZONE = ZoneOffset.ofHours(5);

    // ------------------------------------------------------------------ options
    static final Map<String, String> OPT = new LinkedHashMap<>();

    static String opt(String k, String def) {
        return OPT.getOrDefault(k, def);
    }

    static int port;
    static long hardStopAt;

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: Load get|post|mixed|list|idem|race|keep|bad --port P [--key value ...]");
            System.exit(2);
        }
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --key value, got " + args[i]);
            }
            OPT.put(args[i].substring(2), args[i + 1]);
        }
        port = Integer.parseInt(opt("port", "8080"));
        // a global bound: whatever happens, this process ends
        hardStopAt = System.nanoTime() + (long) (Double.parseDouble(opt("max-seconds", "900")) * 1e9);
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep((long) (Double.parseDouble(opt("max-seconds", "900")) * 1000) + 30_000);
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("Load: hard time limit reached, exiting");
            System.exit(3);
        });
        watchdog.setDaemon(true);
        watchdog.start();
        switch (args[0]) {
            case "get" -> get();
            case "post" -> post();
            case "mixed" -> mixed();
            case "list" -> list();
            case "idem" -> idem();
            case "race" -> race();
            case "keep" -> keep();
            case "bad" -> Bad.run();
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
        System.exit(0);
    }

    static String token(String user) throws IOException {
        Path p = Path.of(opt("tokens", "target/bench/tokens"), user);
        return Files.readString(p).strip();
    }

    // ------------------------------------------------------------------ a minimal HTTP/1.1 client
    record Resp(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    static final class Http implements AutoCloseable {
        Socket socket;
        OutputStream out;
        InputStream in;

        void connect() throws IOException {
            close();
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(Integer.parseInt(opt("timeout-ms", "30000")));
            socket.connect(new InetSocketAddress(HOST, port), 5000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16384);
        }

        Resp send(String method, String path, String token, String contentType, byte[] body, String... headers)
                throws IOException {
            IOException last = null;
            for (int attempt = 0; attempt < 2; attempt++) {
                boolean fresh = socket == null;
                if (fresh) {
                    connect();
                }
                try {
                    return exchange(method, path, token, contentType, body, headers);
                } catch (IOException e) {
                    close();
                    last = e;
                    if (fresh) {
                        break; // a new connection failed: no retry
                    }
                    // a kept-alive connection closed by the server: one retry on a new one, only for
                    // requests that the server never saw (stale connection); writes carry unique bodies
                    if (!(e instanceof StaleConnection)) {
                        break;
                    }
                }
            }
            throw last;
        }

        static final class StaleConnection extends IOException {
            StaleConnection() {
                super("connection closed before any answer");
            }
        }

        private Resp exchange(String method, String path, String token, String contentType, byte[] body, String... headers)
                throws IOException {
            StringBuilder h = new StringBuilder(256);
            h.append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ").append(HOST).append(':').append(port)
                    .append("\r\nAccept: */*\r\n");
            if (token != null) {
                h.append("Authorization: Bearer ").append(token).append("\r\n");
            }
            if (body != null) {
                if (contentType != null) {
                    h.append("Content-Type: ").append(contentType).append("\r\n");
                }
                h.append("Content-Length: ").append(body.length).append("\r\n");
            } else if (method.equals("POST") || method.equals("PUT")) {
                h.append("Content-Length: 0\r\n");
            }
            for (int i = 0; i + 1 < headers.length; i += 2) {
                h.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            h.append("\r\n");
            out.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            String status = line(true);
            if (status.length() < 12 || !status.startsWith("HTTP/1.")) {
                throw new IOException("bad status line: " + status);
            }
            int code = Integer.parseInt(status.substring(9, 12));
            Map<String, String> hs = new TreeMap<>();
            String l;
            while (!(l = line(false)).isEmpty()) {
                int c = l.indexOf(':');
                if (c > 0) {
                    hs.put(l.substring(0, c).trim().toLowerCase(Locale.ROOT), l.substring(c + 1).trim());
                }
            }
            byte[] data;
            String te = hs.get("transfer-encoding");
            String cl = hs.get("content-length");
            if (te != null && te.toLowerCase(Locale.ROOT).contains("chunked")) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                while (true) {
                    String size = line(false);
                    int semi = size.indexOf(';');
                    int n = Integer.parseInt((semi >= 0 ? size.substring(0, semi) : size).trim(), 16);
                    if (n == 0) {
                        while (!line(false).isEmpty()) {
                            // trailers
                        }
                        break;
                    }
                    buf.write(in.readNBytes(n));
                    line(false);
                }
                data = buf.toByteArray();
            } else if (cl != null) {
                int n = Integer.parseInt(cl);
                data = in.readNBytes(n);
                if (data.length < n) {
                    throw new IOException("truncated body");
                }
            } else if (code == 204 || code == 304 || method.equals("HEAD")) {
                data = new byte[0];
            } else {
                data = in.readAllBytes();
                close();
            }
            String conn = hs.get("connection");
            if (conn != null && conn.equalsIgnoreCase("close")) {
                close();
            }
            return new Resp(code, hs, data);
        }

        private String line(boolean first) throws IOException {
            StringBuilder sb = new StringBuilder(64);
            int c;
            while ((c = in.read()) != -1) {
                if (c == '\n') {
                    int len = sb.length();
                    if (len > 0 && sb.charAt(len - 1) == '\r') {
                        sb.setLength(len - 1);
                    }
                    return sb.toString();
                }
                sb.append((char) c);
            }
            if (first && sb.length() == 0) {
                throw new StaleConnection();
            }
            throw new IOException("connection closed in the middle of an answer");
        }

        @Override
        public void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing
                }
            }
            socket = null;
        }
    }

    // ------------------------------------------------------------------ measurements
    /** Per-thread samples: start (ms since the run began), latency (µs), status (0 = connection error). */
    static final class Samples {
        long[] start = new long[4096];
        long[] micros = new long[4096];
        int[] status = new int[4096];
        String[] kind = new String[4096];
        int n;

        void add(long startMs, long us, int st, String k) {
            if (n == start.length) {
                start = Arrays.copyOf(start, n * 2);
                micros = Arrays.copyOf(micros, n * 2);
                status = Arrays.copyOf(status, n * 2);
                kind = Arrays.copyOf(kind, n * 2);
            }
            start[n] = startMs;
            micros[n] = us;
            status[n] = st;
            kind[n] = k;
            n++;
        }
    }

    static double pct(long[] sorted, int n, double p) {
        if (n == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * n) - 1;
        return sorted[Math.max(0, Math.min(n - 1, i))] / 1000.0;
    }

    /** Summary of the samples whose start lies in [fromMs, toMs). Latencies in ms. */
    static Map<String, Object> summary(List<Samples> all, long fromMs, long toMs, String kind) {
        int total = 0;
        for (Samples s : all) {
            total += s.n;
        }
        long[] lat = new long[total];
        int n = 0;
        long ok = 0;
        long s4 = 0;
        long s5 = 0;
        long s503 = 0;
        long connErr = 0;
        for (Samples s : all) {
            for (int i = 0; i < s.n; i++) {
                if (s.start[i] < fromMs || s.start[i] >= toMs || kind != null && !kind.equals(s.kind[i])) {
                    continue;
                }
                int st = s.status[i];
                if (st == 0) {
                    connErr++;
                    continue;
                }
                lat[n++] = s.micros[i];
                if (st < 400) {
                    ok++;
                } else if (st < 500) {
                    s4++;
                } else {
                    s5++;
                    if (st == 503) {
                        s503++;
                    }
                }
            }
        }
        Arrays.sort(lat, 0, n);
        Map<String, Object> m = new LinkedHashMap<>();
        double secs = (toMs - fromMs) / 1000.0;
        m.put("n", n);
        m.put("ok", ok);
        m.put("rps", fmt(ok / secs));
        m.put("p50", fmt(pct(lat, n, 50)));
        m.put("p95", fmt(pct(lat, n, 95)));
        m.put("p99", fmt(pct(lat, n, 99)));
        m.put("max", fmt(n == 0 ? Double.NaN : lat[n - 1] / 1000.0));
        m.put("s4xx", s4);
        m.put("s5xx", s5);
        m.put("s503", s503);
        m.put("connerr", connErr);
        return m;
    }

    static String fmt(double d) {
        return Double.isNaN(d) ? "NaN" : String.format(Locale.ROOT, "%.2f", d);
    }

    static void result(Map<String, Object> m) {
        StringBuilder sb = new StringBuilder("RESULT");
        m.forEach((k, v) -> sb.append(' ').append(k).append('=').append(String.valueOf(v).replace(' ', '_')));
        System.out.println(sb);
        System.out.flush();
    }

    interface Step {
        /** One request; returns the status (0 on a connection error). */
        int call(Http http, ThreadLocalRandom r, String[] kindOut) throws IOException;
    }

    /**
     * Runs {@code clients} threads, each calling {@code step} in a loop, for warmup + duration
     * seconds (and at most maxRequests requests in all). Returns the samples; t=0 is the end of
     * the warm-up.
     */
    static List<Samples> drive(int clients, double warmup, double duration, long maxRequests, Step step) throws InterruptedException {
        List<Samples> all = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime() + (long) (warmup * 1e9);
        long end = Math.min(t0 + (long) (duration * 1e9), hardStopAt);
        AtomicLong budget = new AtomicLong(maxRequests);
        CountDownLatch ready = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            Samples s = new Samples();
            all.add(s);
            Thread t = new Thread(() -> {
                ThreadLocalRandom r = ThreadLocalRandom.current();
                String[] kind = new String[1];
                try (Http http = new Http()) {
                    ready.countDown();
                    while (budget.decrementAndGet() >= 0) {
                        long a = System.nanoTime();
                        if (a >= end) {
                            break;
                        }
                        int st;
                        kind[0] = null;
                        try {
                            st = step.call(http, r, kind);
                        } catch (IOException e) {
                            st = 0;
                            http.close();
                        }
                        long b = System.nanoTime();
                        if (a >= t0) {
                            s.add((a - t0) / 1_000_000, (b - a) / 1000, st, kind[0]);
                        }
                        if (st == 0) {
                            sleepQuietly(50); // the service is unreachable: do not spin
                        }
                    }
                }
            }, "client-" + c);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        ready.await();
        for (Thread t : threads) {
            long left = Math.max(1, (end - System.nanoTime()) / 1_000_000 + 60_000);
            t.join(left);
        }
        return all;
    }

    static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------ request bodies
    static final String[] DISTRICTS = {"PVL", "PVL", "PVL", "PVL", "EKB", "EKB", "AKS", "REG", "PVD", "IRT", "BAY", "SHR", "USP", "ZHL"};
    static final String[] TOPICS = {"HOUSING_QUEUE", "UTIL_HEATING", "UTIL_WATER", "UTIL_TARIFFS", "LAND_PLOT", "SOCIAL_TARGETED_AID",
            "SOCIAL_PENSIONS", "HEALTH_ACCESS", "EDU_KINDERGARTEN", "ROADS_REPAIR", "TRANSPORT_PUBLIC", "EMPLOYMENT_JOBS"};
    static final String[] TYPES = {"STATEMENT", "STATEMENT", "COMPLAINT", "COMPLAINT", "INQUIRY", "PROPOSAL"};
    static final AtomicLong SEQ = new AtomicLong();
    static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000, 36);

    static String iin(ThreadLocalRandom r) {
        return Ids.iin(r);
    }

    static String phone(ThreadLocalRandom r) {
        return Ids.phone(r);
    }

    /** A call-center appeal nobody sent before (its text carries a unique marker). */
    static String appeal(ThreadLocalRandom r, String channel, String district) {
        String marker = "bench-" + RUN + "-" + SEQ.incrementAndGet();
        return "{\"channel\":\"" + channel + "\",\"type\":\"" + TYPES[r.nextInt(TYPES.length)] + "\",\"topicCode\":\""
                + TOPICS[r.nextInt(TOPICS.length)] + "\",\"districtCode\":\"" + (district != null ? district : DISTRICTS[r.nextInt(DISTRICTS.length)])
                + "\",\"text\":\"No heating in building " + r.nextInt(1, 200) + " on Lomov street since Monday (" + marker
                + ").\",\"applicant\":{\"kind\":\"INDIVIDUAL\",\"fullName\":\"Aigerim Sadykova\",\"iin\":\"" + iin(r)
                + "\",\"phone\":\"" + phone(r) + "\"}}";
    }

    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    static long idOf(Resp resp) {
        Matcher m = ID.matcher(resp.text());
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    // ------------------------------------------------------------------ get: a fixed path (B5, S6 warm-up)
    static void get() throws Exception {
        String path = opt("path", "/q/health/live");
        String tok = OPT.containsKey("user") ? token(opt("user", "")) : null;
        int clients = Integer.parseInt(opt("clients", "16"));
        List<Samples> all = drive(clients, Double.parseDouble(opt("warmup", "0")), Double.parseDouble(opt("duration", "10")),
                Long.parseLong(opt("requests", "100000000")), (http, r, k) -> http.send("GET", path, tok, null, null).status());
        long last = lastStart(all);
        result(summary(all, 0, Math.max(1, OPT.containsKey("requests") ? last + 1 : (long) (Double.parseDouble(opt("duration", "10")) * 1000)), null));
    }

    static long lastStart(List<Samples> all) {
        long m = 0;
        for (Samples s : all) {
            for (int i = 0; i < s.n; i++) {
                m = Math.max(m, s.start[i] + s.micros[i] / 1000);
            }
        }
        return m;
    }

    // ------------------------------------------------------------------ post: S1, R1
    static void post() throws Exception {
        String tok = token(opt("user", "operator"));
        String channel = opt("channel", "CALL_CENTER");
        int clients = Integer.parseInt(opt("clients", "16"));
        double duration = Double.parseDouble(opt("duration", "20"));
        List<Long>[] ids = newIdLists(clients);
        AtomicLong threadIx = new AtomicLong();
        ThreadLocal<Integer> me = ThreadLocal.withInitial(() -> (int) threadIx.getAndIncrement());
        List<Samples> all = drive(clients, Double.parseDouble(opt("warmup", "5")), duration, Long.MAX_VALUE, (http, r, k) -> {
            Resp resp = http.send("POST", "/api/v1/appeals", tok, "application/json",
                    appeal(r, channel, null).getBytes(StandardCharsets.UTF_8));
            if (resp.status() == 201) {
                ids[me.get()].add(idOf(resp));
            }
            return resp.status();
        });
        Map<String, Object> m = summary(all, 0, (long) (duration * 1000), null);
        long created = 0;
        for (List<Long> l : ids) {
            created += l.size();
        }
        m.put("created", created);
        if (OPT.containsKey("timeline")) {
            writeTimeline(all, Path.of(opt("timeline", "")), duration);
        }
        if (OPT.containsKey("jdbc")) {
            // every appeal that got a 201 (warm-up included) must be in the database
            m.put("found", countIds(ids));
        }
        result(m);
    }

    @SuppressWarnings("unchecked")
    static List<Long>[] newIdLists(int n) {
        List<Long>[] a = new List[n];
        for (int i = 0; i < n; i++) {
            a[i] = new ArrayList<>();
        }
        return a;
    }

    static long countIds(List<Long>[] ids) throws Exception {
        List<Long> flat = new ArrayList<>();
        for (List<Long> l : ids) {
            flat.addAll(l);
        }
        try (Connection c = DriverManager.getConnection(opt("jdbc", ""), opt("dbuser", "postgres"), "")) {
            long found = 0;
            for (int i = 0; i < flat.size(); i += 5000) {
                List<Long> part = flat.subList(i, Math.min(flat.size(), i + 5000));
                try (PreparedStatement ps = c.prepareStatement("select count(*) from appeal where id = any(?)")) {
                    ps.setArray(1, c.createArrayOf("bigint", part.toArray()));
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        found += rs.getLong(1);
                    }
                }
            }
            return found;
        }
    }

    /** Per second: answers by class, for the resilience runs. */
    static void writeTimeline(List<Samples> all, Path file, double duration) throws IOException {
        int secs = (int) Math.ceil(duration) + 120;
        long[][] c = new long[secs][5];
        for (Samples s : all) {
            for (int i = 0; i < s.n; i++) {
                int sec = (int) Math.min(secs - 1, (s.start[i] + s.micros[i] / 1000) / 1000);
                int st = s.status[i];
                int col = st == 0 ? 4 : st == 503 ? 2 : st >= 500 ? 3 : st < 300 ? 0 : 1;
                c[sec][col]++;
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
            w.println("second,2xx,4xx,503,other5xx,connerr");
            for (int i = 0; i < secs; i++) {
                if (c[i][0] + c[i][1] + c[i][2] + c[i][3] + c[i][4] > 0) {
                    w.printf("%d,%d,%d,%d,%d,%d%n", i, c[i][0], c[i][1], c[i][2], c[i][3], c[i][4]);
                }
            }
        }
    }

    // ------------------------------------------------------------------ mixed: S5
    static void mixed() throws Exception {
        int clients = Integer.parseInt(opt("clients", "16"));
        double duration = Double.parseDouble(opt("duration", "60"));
        double window = Double.parseDouble(opt("window", "60"));
        double writeShare = Double.parseDouble(opt("write-share", "0.1"));
        String operator = token("operator");
        List<Read> reads = readMix();
        if (reads.isEmpty()) {
            throw new IllegalStateException("no read endpoint answered 200");
        }
        List<Samples> all = drive(clients, Double.parseDouble(opt("warmup", "5")), duration, Long.MAX_VALUE, (http, r, k) -> {
            if (r.nextDouble() < writeShare) {
                k[0] = "write";
                return http.send("POST", "/api/v1/appeals", operator, "application/json",
                        appeal(r, "CALL_CENTER", null).getBytes(StandardCharsets.UTF_8)).status();
            }
            Read read = reads.get(r.nextInt(reads.size()));
            k[0] = "read";
            return http.send("GET", read.path.apply(r), read.token, null, null).status();
        });
        long dur = (long) (duration * 1000);
        long w = (long) (Math.min(window, duration / 3) * 1000);
        Map<String, Object> m = summary(all, 0, dur, null);
        Map<String, Object> first = summary(all, 0, w, null);
        Map<String, Object> last = summary(all, dur - w, dur, null);
        Map<String, Object> rd = summary(all, 0, dur, "read");
        Map<String, Object> wr = summary(all, 0, dur, "write");
        m.put("reads", rd.get("n"));
        m.put("writes", wr.get("n"));
        m.put("read_p99", rd.get("p99"));
        m.put("write_p99", wr.get("p99"));
        m.put("window_s", w / 1000);
        m.put("p99_first", first.get("p99"));
        m.put("p99_last", last.get("p99"));
        m.put("read_kinds", String.join("+", reads.stream().map(x -> x.name).toList()));
        result(m);
    }

    record Read(String name, String token, Function<ThreadLocalRandom, String> path) {
    }

    /** Read requests of the endpoints that exist today: each is probed, those not answering 200 are left out. */
    static List<Read> readMix() throws Exception {
        List<Long> ids = new ArrayList<>();
        List<String> iins = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(opt("jdbc", ""), opt("dbuser", "postgres"), "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id, applicant_iin from appeal tablesample system (1) limit 5000")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
                if (rs.getString(2) != null) {
                    iins.add(rs.getString(2));
                }
            }
        }
        if (ids.isEmpty() || iins.isEmpty()) {
            throw new IllegalStateException("no sample of appeals");
        }
        String chief = token("chief");
        String operator = token("operator");
        String analyst = token("analyst");
        int year = LocalDate.now(ZONE).getYear() - 1;
        List<Read> candidates = List.of(
                new Read("appeal", chief, r -> "/api/v1/appeals/" + ids.get(r.nextInt(ids.size()))),
                new Read("list", chief, r -> "/api/v1/appeals?districtCode=" + DISTRICTS[r.nextInt(DISTRICTS.length)] + "&limit=50"),
                new Read("history", operator, r -> "/api/v1/applicants/history?iin=" + iins.get(r.nextInt(iins.size()))),
                new Read("stats", analyst, r -> "/api/v1/stats/appeals?from=" + year + "-01-01&to=" + year + "-12-31&groupBy=channel"),
                new Read("topics", operator, r -> "/api/v1/topics"));
        List<Read> ok = new ArrayList<>();
        try (Http http = new Http()) {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            for (Read c : candidates) {
                int st = http.send("GET", c.path.apply(r), c.token, null, null).status();
                System.err.println("Load mixed: probe " + c.name + " -> " + st);
                if (st == 200) {
                    ok.add(c);
                }
            }
        }
        return ok;
    }

    // ------------------------------------------------------------------ list: S4
    static final Pattern CURSOR = Pattern.compile("\"nextCursor\"\\s*:\\s*\"([^\"]+)\"");

    static void list() throws Exception {
        String tok = token(opt("user", "chief"));
        String base = opt("query", "/api/v1/appeals?districtCode=PVL&limit=50");
        int deep = Integer.parseInt(opt("deep", "2000"));
        int repeats = Integer.parseInt(opt("repeats", "100"));
        double walkLimit = Double.parseDouble(opt("walk-seconds", "300"));
        Map<String, Object> m = new LinkedHashMap<>();
        try (Http http = new Http()) {
            Resp probe = http.send("GET", base, tok, null, null);
            if (probe.status() == 404 || probe.status() == 405) {
                m.put("skip", "endpoint_not_available_(GET_/api/v1/appeals_answered_" + probe.status() + ")");
                result(m);
                return;
            }
            if (probe.status() != 200) {
                m.put("error", "GET_/api/v1/appeals_answered_" + probe.status());
                result(m);
                return;
            }
            long[] first = timeRepeated(http, base, tok, repeats);
            // walk the cursor to the deep page, bounded in pages and time
            String cursor = null;
            int page = 1;
            Resp resp = probe;
            long walkEnd = System.nanoTime() + (long) (walkLimit * 1e9);
            while (page < deep && System.nanoTime() < walkEnd) {
                Matcher c = CURSOR.matcher(resp.text());
                if (!c.find()) {
                    break;
                }
                cursor = c.group(1);
                resp = http.send("GET", base + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8), tok, null, null);
                if (resp.status() != 200) {
                    m.put("error", "page_" + (page + 1) + "_answered_" + resp.status());
                    result(m);
                    return;
                }
                page++;
            }
            m.put("deep_page", page);
            m.put("deep_requested", deep);
            m.put("page1_p50", fmt(pct(first, first.length, 50)));
            m.put("page1_p95", fmt(pct(first, first.length, 95)));
            if (cursor != null) {
                long[] deepT = timeRepeated(http, base + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8), tok, repeats);
                m.put("deep_p50", fmt(pct(deepT, deepT.length, 50)));
                m.put("deep_p95", fmt(pct(deepT, deepT.length, 95)));
            }
        }
        result(m);
    }

    static long[] timeRepeated(Http http, String path, String tok, int n) throws IOException {
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            long a = System.nanoTime();
            int st = http.send("GET", path, tok, null, null).status();
            t[i] = (System.nanoTime() - a) / 1000;
            if (st != 200) {
                throw new IOException("GET " + path + " answered " + st);
            }
        }
        Arrays.sort(t);
        return t;
    }

    // ------------------------------------------------------------------ idem: R2
    static void idem() throws Exception {
        String tok = token("operator");
        int rounds = Integer.parseInt(opt("rounds", "3"));
        int n = Integer.parseInt(opt("concurrency", "20"));
        long oneAppeal = 0;
        StringBuilder statuses = new StringBuilder();
        long totalRows = 0;
        for (int round = 0; round < rounds; round++) {
            String key = "bench-idem-" + RUN + "-" + round;
            String body = appeal(ThreadLocalRandom.current(), "CALL_CENTER", "PVL");
            String marker = body.replaceAll(".*\\((bench-[^)]+)\\).*", "$1");
            int[] st = new int[n];
            long[] id = new long[n];
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> ts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int ix = i;
                Thread t = new Thread(() -> {
                    try (Http http = new Http()) {
                        http.connect();
                        go.await();
                        Resp resp = http.send("POST", "/api/v1/appeals", tok, "application/json",
                                body.getBytes(StandardCharsets.UTF_8), "Idempotency-Key", key);
                        st[ix] = resp.status();
                        id[ix] = resp.status() == 201 ? idOf(resp) : -1;
                    } catch (Exception e) {
                        st[ix] = 0;
                    }
                });
                ts.add(t);
                t.start();
            }
            sleepQuietly(200);
            go.countDown();
            for (Thread t : ts) {
                t.join(60_000);
            }
            long distinct = Arrays.stream(id).filter(x -> x > 0).distinct().count();
            long rows;
            try (Connection c = DriverManager.getConnection(opt("jdbc", ""), opt("dbuser", "postgres"), "");
                 PreparedStatement ps = c.prepareStatement("select count(*) from appeal where text like ?")) {
                ps.setString(1, "%(" + marker + ")%");
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    rows = rs.getLong(1);
                }
            }
            totalRows += rows;
            Map<Integer, Integer> byStatus = new TreeMap<>();
            for (int s : st) {
                byStatus.merge(s, 1, Integer::sum);
            }
            statuses.append(round == 0 ? "" : ";").append(byStatus.toString().replace(" ", "").replace("=", "x"));
            if (distinct == 1 && rows == 1 && byStatus.getOrDefault(201, 0) == n) {
                oneAppeal++;
            }
            System.err.printf("Load idem: round %d key %s: statuses %s, distinct ids %d, rows in the database %d%n",
                    round, key, byStatus, distinct, rows);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rounds", rounds);
        m.put("concurrency", n);
        m.put("rounds_with_one_appeal", oneAppeal);
        m.put("rows", totalRows);
        m.put("statuses", statuses);
        result(m);
    }

    // ------------------------------------------------------------------ race: R3
    static final Pattern KIND = Pattern.compile("\"kind\"\\s*:\\s*\"([A-Z_]+)\"");
    static final Pattern AGENCY = Pattern.compile("\"agencyCode\"\\s*:\\s*\"([^\"]+)\"");

    /**
     * R3: a new appeal (REGISTERED, where assignment is allowed), read for its ETag; two
     * assignments to different agencies sent at once with that same If-Match. A round is right
     * when one answers 2xx and the other 412, the timeline gains exactly one entry (an
     * assignment), and the appeal names the winner's agency. Several rounds.
     */
    static void race() throws Exception {
        String operator = token("operator");
        String chief = token(opt("user", "chief"));
        int rounds = Integer.parseInt(opt("rounds", "5"));
        Map<String, Object> m = new LinkedHashMap<>();
        String[] agencies = {"PVL-HOUSING", "PVL-SOCIAL"};
        int good = 0;
        int wins = 0;
        int lost = 0;
        int oneEvent = 0;
        StringBuilder statuses = new StringBuilder();
        StringBuilder events = new StringBuilder();
        try (Http http = new Http()) {
            for (int round = 0; round < rounds && System.nanoTime() < hardStopAt; round++) {
                Resp created = http.send("POST", "/api/v1/appeals", operator, "application/json",
                        appeal(ThreadLocalRandom.current(), "CALL_CENTER", "PVL").getBytes(StandardCharsets.UTF_8));
                if (created.status() != 201) {
                    m.put("error", "POST_/appeals_answered_" + created.status());
                    result(m);
                    return;
                }
                long id = idOf(created);
                Resp one = http.send("GET", "/api/v1/appeals/" + id, chief, null, null);
                String etag = one.header("etag");
                if (one.status() == 404 || one.status() == 405) {
                    m.put("skip", "GET_/api/v1/appeals/{id}_answered_" + one.status());
                    result(m);
                    return;
                }
                if (one.status() != 200 || etag == null) {
                    m.put("error", "GET_/api/v1/appeals/{id}_answered_" + one.status() + (etag == null ? "_without_ETag" : ""));
                    result(m);
                    return;
                }
                List<String> before = kinds(http, id, chief);
                int[] st = new int[2];
                CountDownLatch go = new CountDownLatch(1);
                Thread[] ts = new Thread[2];
                for (int i = 0; i < 2; i++) {
                    int ix = i;
                    String body = "{\"agencyCode\":\"" + agencies[ix] + "\",\"note\":\"bench race " + RUN + " " + round + "\"}";
                    ts[i] = new Thread(() -> {
                        try (Http h = new Http()) {
                            h.connect();
                            go.await();
                            st[ix] = h.send("POST", "/api/v1/appeals/" + id + "/assignment", chief, "application/json",
                                    body.getBytes(StandardCharsets.UTF_8), "If-Match", etag).status();
                        } catch (Exception e) {
                            st[ix] = 0;
                        }
                    });
                    ts[i].start();
                }
                sleepQuietly(200);
                go.countDown();
                for (Thread t : ts) {
                    t.join(60_000);
                }
                if (round == 0 && (st[0] == 404 || st[0] == 405) && st[0] == st[1]) {
                    m.put("skip", "actions_not_available_(POST_/api/v1/appeals/{id}/assignment_answered_" + st[0] + ")");
                    result(m);
                    return;
                }
                List<String> after = kinds(http, id, chief);
                int added = before == null || after == null ? -1 : after.size() - before.size();
                boolean assignedOnce = added == 1 && List.of("ASSIGNED", "REASSIGNED").contains(after.get(after.size() - 1));
                int w = (ok2xx(st[0]) ? 1 : 0) + (ok2xx(st[1]) ? 1 : 0);
                int l = (st[0] == 412 ? 1 : 0) + (st[1] == 412 ? 1 : 0);
                String agencyNow = null;
                Resp now = http.send("GET", "/api/v1/appeals/" + id, chief, null, null);
                Matcher a = AGENCY.matcher(now.text());
                if (now.status() == 200 && a.find()) {
                    agencyNow = a.group(1);
                }
                boolean winnerStands = w == 1 && agencies[ok2xx(st[0]) ? 0 : 1].equals(agencyNow);
                wins += w;
                lost += l;
                oneEvent += assignedOnce ? 1 : 0;
                if (w == 1 && l == 1 && assignedOnce && winnerStands) {
                    good++;
                }
                statuses.append(round == 0 ? "" : ";").append(st[0]).append('+').append(st[1]);
                events.append(round == 0 ? "" : ";").append(added);
                System.err.printf("Load race: round %d appeal %d If-Match %s: answers %d and %d, timeline %s -> %s, agency now %s%n",
                        round, id, etag, st[0], st[1], before, after, agencyNow);
            }
        }
        m.put("rounds", rounds);
        m.put("rounds_ok", good);
        m.put("wins", wins);
        m.put("412", lost);
        m.put("rounds_one_event", oneEvent);
        m.put("statuses", statuses);
        m.put("new_events", events);
        result(m);
    }

    static boolean ok2xx(int status) {
        return status >= 200 && status < 300;
    }

    /** The kinds of the appeal's timeline entries, oldest first; null when it cannot be read. */
    static List<String> kinds(Http http, long id, String tok) throws IOException {
        Resp r = http.send("GET", "/api/v1/appeals/" + id + "/events", tok, null, null);
        if (r.status() != 200) {
            return null;
        }
        List<String> out = new ArrayList<>();
        Matcher m = KIND.matcher(r.text());
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    // ------------------------------------------------------------------ keep: R4 (tokens issued before Keycloak stopped)
    static void keep() throws Exception {
        String operator = token("operator");
        String chief = token("chief");
        double duration = Double.parseDouble(opt("duration", "15"));
        List<Samples> all = drive(Integer.parseInt(opt("clients", "4")), 0, duration, Long.MAX_VALUE, (http, r, k) -> {
            if (r.nextBoolean()) {
                k[0] = "write";
                return http.send("POST", "/api/v1/appeals", operator, "application/json",
                        appeal(r, "CALL_CENTER", null).getBytes(StandardCharsets.UTF_8)).status();
            }
            k[0] = "read";
            return http.send("GET", "/api/v1/districts", chief, null, null).status();
        });
        Map<String, Object> m = summary(all, 0, (long) (duration * 1000), null);
        result(m);
    }

    static String md5(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
