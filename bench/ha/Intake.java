import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Intake load for the high-availability runs (bench/ha/run): N clients post appeals through
 * HAProxy, each with its own Idempotency-Key, and retry the same key and body on 503, 502, 504 or a
 * broken connection (bounded: 120 s per appeal, a try every second after the first few), as a careful client does. Afterwards
 * every appeal answered 201 is looked up in the database given (the primary at that time), and, with
 * --replay, every key is sent once more and must answer the same appeal. Only 127.0.0.1.
 *
 *   java Intake.java --port P --token-file F --clients N --seconds S [--jdbc URL] [--replay true]
 *                    [--lag-jdbc URL-of-the-standby]
 *
 * Prints one line: RESULT key=value ...
 */
public class Intake {
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    static final String[] TOPICS = {"HOUSING_QUEUE", "UTIL_HEATING"};
    static final String[] DISTRICTS = {"PVL", "EKB"};

    record Done(String key, String body, long id) {
    }

    static final Map<String, String> OPT = new TreeMap<>();
    static final Map<Integer, AtomicLong> STATUS = new ConcurrentHashMap<>();
    static final AtomicLong BROKEN = new AtomicLong();
    static final AtomicLong GAVE_UP = new AtomicLong();
    static final AtomicLong RETRIED = new AtomicLong();
    static final List<Done> DONE = Collections.synchronizedList(new ArrayList<>());
    static final List<Long> LATENCY_MS = Collections.synchronizedList(new ArrayList<>());

    public static void main(String[] args) throws Exception {
        for (int i = 0; i + 1 < args.length; i += 2) {
            OPT.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int port = Integer.parseInt(OPT.get("port"));
        String token = Files.readString(Path.of(OPT.get("token-file"))).strip();
        int clients = Integer.parseInt(OPT.getOrDefault("clients", "4"));
        double seconds = Double.parseDouble(OPT.getOrDefault("seconds", "60"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/appeals");
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    String key = UUID.randomUUID().toString();
                    String body = appeal(key);
                    long t0 = System.nanoTime();
                    Long id = post(http, uri, token, key, body, t0 + 120_000_000_000L);
                    if (id != null) {
                        LATENCY_MS.add((System.nanoTime() - t0) / 1_000_000);
                        DONE.add(new Done(key, body, id));
                    } else {
                        GAVE_UP.incrementAndGet();
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        StringBuilder out = new StringBuilder("RESULT");
        out.append(" created=").append(DONE.size()).append(" seconds=").append(String.format("%.1f", elapsed))
                .append(" rate=").append(String.format("%.1f", DONE.size() / elapsed));
        STATUS.forEach((k, v) -> out.append(" status_").append(k).append('=').append(v.get()));
        out.append(" broken=").append(BROKEN.get()).append(" retried=").append(RETRIED.get()).append(" gave_up=").append(GAVE_UP.get());
        List<Long> lat = new ArrayList<>(LATENCY_MS);
        Collections.sort(lat);
        if (!lat.isEmpty()) {
            out.append(" p50_ms=").append(lat.get(lat.size() / 2)).append(" p99_ms=").append(lat.get((int) (lat.size() * 0.99)))
                    .append(" max_ms=").append(lat.get(lat.size() - 1));
        }
        if (OPT.containsKey("jdbc")) {
            out.append(" found=").append(found()).append(" duplicates=").append(duplicates());
        }
        if (Boolean.parseBoolean(OPT.getOrDefault("replay", "false"))) {
            long same = 0;
            for (Done d : new ArrayList<>(DONE)) {
                Long id = post(http, uri, token, d.key(), d.body(), System.nanoTime() + 60_000_000_000L);
                if (id != null && id == d.id()) {
                    same++;
                }
            }
            out.append(" replay_same=").append(same);
        }
        System.out.println(out);
    }

    /** Posts until an answer that is final; the appeal's id on 201, null when it gave up. */
    static Long post(HttpClient http, URI uri, String token, String key, String body, long deadline) {
        for (int attempt = 0; attempt < 400 && System.nanoTime() < deadline; attempt++) {
            if (attempt > 0) {
                RETRIED.incrementAndGet();
                sleep(attempt < 5 ? 250 : 1000);
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                STATUS.computeIfAbsent(r.statusCode(), k -> new AtomicLong()).incrementAndGet();
                if (r.statusCode() == 201 || r.statusCode() == 200) {
                    Matcher m = ID.matcher(r.body());
                    return m.find() ? Long.parseLong(m.group(1)) : null;
                }
                if (r.statusCode() != 503 && r.statusCode() != 502 && r.statusCode() != 504) {
                    return null;
                }
            } catch (IOException e) {
                BROKEN.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    static String appeal(String key) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "{\"channel\":\"CALL_CENTER\",\"type\":\"COMPLAINT\",\"topicCode\":\"" + TOPICS[r.nextInt(TOPICS.length)]
                + "\",\"districtCode\":\"" + DISTRICTS[r.nextInt(DISTRICTS.length)] + "\",\"text\":\"No heating in building "
                + r.nextInt(1, 200) + " since Monday (ha " + key + ").\",\"applicant\":{\"kind\":\"INDIVIDUAL\","
                + "\"fullName\":\"Aigerim Sadykova\",\"phone\":\"+7701" + (1000000 + r.nextInt(8999999)) + "\"}}";
    }

    static long found() throws Exception {
        try (Connection c = DriverManager.getConnection(OPT.get("jdbc"), "postgres", "");
             PreparedStatement st = c.prepareStatement("select count(*) from appeal where id = any(?)")) {
            Long[] ids = DONE.stream().map(Done::id).toArray(Long[]::new);
            st.setArray(1, c.createArrayOf("bigint", ids));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Appeals of this run registered more than once (one text carries one key). */
    static long duplicates() throws Exception {
        try (Connection c = DriverManager.getConnection(OPT.get("jdbc"), "postgres", "");
             PreparedStatement st = c.prepareStatement("select count(*) - count(distinct substring(text from '\\(ha ([0-9a-f-]+)\\)'))"
                     + " from appeal where text like '%(ha %' and substring(text from '\\(ha ([0-9a-f-]+)\\)') = any(?)")) {
            String[] keys = DONE.stream().map(Done::key).toArray(String[]::new);
            st.setArray(1, c.createArrayOf("text", keys));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
