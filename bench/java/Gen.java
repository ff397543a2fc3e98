import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import kz.appeals.deadline.DayKind;
import kz.appeals.deadline.WorkingDays;
import kz.appeals.intake.Registrar;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Seeded, repeatable generator of a realistic register for the benchmarks.
 *
 * <pre>
 *   java -cp PGJDBC:CLASSES Gen load   --jdbc URL --user U --appeals N --seed S [--replica] [--ref-prefix P]
 *   java -cp PGJDBC:CLASSES Gen ndjson --jdbc URL --user U --appeals N --seed S --out FILE --ref-prefix P
 * </pre>
 *
 * load: COPY straight into appeal, appeal_event and reception (three connections, one
 * generating thread), continuing after what the tables hold (ids, registration counters),
 * then raises the id sequences and the registration serials so later intake continues. With
 * --replica the sessions run with session_replication_role = replica: no triggers, no FK
 * checks (the bulk load; the caller rebuilds what triggers maintain). Without it every
 * trigger and constraint runs (the COPY baseline of the import figure).
 * ndjson: the same distribution as lines of the historical import (POST /imports/appeals).
 *
 * What is realistic here (shared/BENCH.md): districts skewed (the regional centre far larger
 * than a rural district), four channels by weekday, ~42 topics with seasons (heating and snow
 * in winter, roads in summer, schools in August), six types, three years and the current one
 * with weekly and seasonal rhythm and yearly growth, ~85% answered with mostly positive
 * outcomes, receptions with 1-3 appeals each, timelines of 3-6 events for answered appeals,
 * applicant groups, repeat appeals of the same applicant on the same topic.
 * registered_on / due_on follow the working-day calendar read from calendar_day.
 */
public class Gen {
    static final ZoneOffset ZONE = ZoneOffset.ofHours(5);

    // ------------------------------------------------------------------ arguments
    String jdbc;
    String user = "postgres";
    long appeals;
    long seed = 42;
    boolean replica;
    String refPrefix;
    String out;
    String mode;

    public static void main(String[] args) throws Exception {
        Gen g = new Gen();
        g.mode = args.length > 0 ? args[0] : "";
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--jdbc" -> g.jdbc = args[++i];
                case "--user" -> g.user = args[++i];
                case "--appeals" -> g.appeals = Long.parseLong(args[++i]);
                case "--seed" -> g.seed = Long.parseLong(args[++i]);
                case "--replica" -> g.replica = true;
                case "--ref-prefix" -> g.refPrefix = args[++i];
                case "--out" -> g.out = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + a);
            }
        }
        if (g.jdbc == null || g.appeals <= 0 || !(g.mode.equals("load") || g.mode.equals("ndjson"))) {
            System.err.println("usage: Gen load|ndjson --jdbc URL [--user U] --appeals N [--seed S] [--replica]"
                    + " [--ref-prefix P] [--out FILE]");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        g.run();
        System.err.printf("Gen %s: %d appeals in %.1f s%n", g.mode, g.appeals, (System.nanoTime() - t0) / 1e9);
    }

    // ------------------------------------------------------------------ catalogues read from the database
    record Official(long id, String type, String district, String name) {
    }

    String[] topics;
    String[] topicNames;
    String[] topicGroups;
    Map<String, Boolean> agencies = new HashMap<>();
    List<Official> officials = new ArrayList<>();
    Map<LocalDate, DayKind> calendar = new HashMap<>();
    /** The service's working-day rule over calendar_day. */
    WorkingDays days = new WorkingDays(calendar);
    Map<String, Integer> counters = new HashMap<>();
    long nextAppealId;
    long nextEventId;
    long nextReceptionId;

    void readCatalogues(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            List<String[]> t = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select code, name, group_code from topic where active order by code")) {
                while (rs.next()) {
                    t.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
            topics = t.stream().map(x -> x[0]).toArray(String[]::new);
            topicNames = t.stream().map(x -> x[1]).toArray(String[]::new);
            topicGroups = t.stream().map(x -> x[2]).toArray(String[]::new);
            try (ResultSet rs = s.executeQuery("select code from agency where active")) {
                while (rs.next()) {
                    agencies.put(rs.getString(1), true);
                }
            }
            try (ResultSet rs = s.executeQuery(
                    "select id, official_type, coalesce(district_code, 'REG'), full_name from official where active order by id")) {
                while (rs.next()) {
                    officials.add(new Official(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            try (ResultSet rs = s.executeQuery("select day, kind from calendar_day")) {
                while (rs.next()) {
                    calendar.put(rs.getObject(1, LocalDate.class), DayKind.valueOf(rs.getString(2)));
                }
            }
            try (ResultSet rs = s.executeQuery("select split_part(registration_number, '-', 1)::int, split_part(registration_number, '-', 2),"
                    + " max(split_part(registration_number, '-', 3)::int) from appeal group by 1, 2")) {
                while (rs.next()) {
                    counters.put(rs.getInt(1) + "-" + rs.getString(2), rs.getInt(3));
                }
            }
            try (ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from appeal")) {
                rs.next();
                nextAppealId = Math.max(rs.getLong(1), seqValue(c, "appeal_seq")) + 1000;
            }
            try (ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from appeal_event")) {
                rs.next();
                nextEventId = Math.max(rs.getLong(1), seqValue(c, "appeal_event_seq")) + 1000;
            }
            try (ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from reception")) {
                rs.next();
                nextReceptionId = Math.max(rs.getLong(1), seqValue(c, "reception_seq")) + 1000;
            }
        }
        if (topics.length == 0 || officials.isEmpty()) {
            throw new IllegalStateException("the catalogues are empty: did the migrations run?");
        }
    }

    static long seqValue(Connection c, String seq) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select last_value from " + seq)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ------------------------------------------------------------------ working days (kz.appeals.deadline.WorkingDays)
    boolean working(LocalDate d) {
        return days.isWorkingDay(d);
    }

    LocalDate onOrAfter(LocalDate d) {
        return days.onOrAfter(d);
    }

    LocalDate plusWorking(LocalDate d, int n) {
        return days.plus(d, n);
    }

    // ------------------------------------------------------------------ distributions
    static final String[] DISTRICTS = {"PVL", "EKB", "AKS", "REG", "PVD", "IRT", "BAY", "SHR", "USP", "ZHL", "MAY", "AKK", "AKT", "TRK"};
    static final double[] DISTRICT_W = {40, 17, 9, 7, 4.0, 3.4, 3.2, 2.8, 2.6, 2.5, 2.4, 2.2, 2.0, 1.9};
    static final String[] TYPES = {"STATEMENT", "COMPLAINT", "INQUIRY", "PROPOSAL", "REPORT", "RESPONSE"};
    static final double[] TYPE_W = {45, 25, 15, 7, 5, 3};
    static final String[] GROUPS = {"PENSIONER", "YOUTH", "LARGE_FAMILY", "DISABILITY", "ENTREPRENEUR", "VETERAN", "ORPHAN"};
    static final double[] GROUP_P = {0.18, 0.10, 0.08, 0.06, 0.04, 0.02, 0.01};
    static final double[] DOW_W = {1.25, 1.15, 1.10, 1.05, 0.95, 0.25, 0.20}; // Monday..Sunday
    static final double[] MONTH_W = {1.10, 1.10, 1.05, 0.95, 0.85, 0.85, 0.80, 0.90, 1.05, 1.10, 1.15, 1.10};
    static final String[] FIRST = {"Aigerim", "Marat", "Gulnara", "Serik", "Dinara", "Yerlan", "Aizhan", "Nurlan", "Saule",
            "Timur", "Irina", "Sergey", "Olga", "Asel", "Daniyar", "Zhanar", "Bolat", "Madina", "Arman", "Elena",
            "Kairat", "Ainur", "Yerbol", "Natalya", "Askar", "Dana", "Ruslan", "Svetlana", "Almas", "Tatyana"};
    static final String[] LAST = {"Sadykov", "Ospanov", "Abenov", "Zhakupov", "Omarov", "Seitkali", "Kassymov", "Mukanov",
            "Iskakov", "Smagulov", "Kovalenko", "Baimukhanov", "Nurgaliyev", "Temirbekov", "Akhmetov", "Petrenko",
            "Karimov", "Utegenov", "Ivanov", "Tulegenov", "Zhunusov", "Dzhumabekov", "Bekov", "Yessenov", "Sarsenbayev"};
    static final String[] STREETS = {"Lomov", "Toraigyrov", "Satpayev", "Kairbayev", "Estaya", "Lenin", "Abay", "Kutuzov",
            "Akademik Bekturov", "Mashkhur Zhusup", "Nazarbayev", "Dzerzhinsky", "Chokin"};
    static final String[] PLACES = {"in our building", "in our yard", "on our street", "in the village", "in the micro-district",
            "near school No. 12", "at the bus stop", "in the clinic", "in the akimat", "at the district hospital"};
    static final String[] DETAILS = {"The problem has lasted for several weeks.", "Earlier requests had no result.",
            "Neighbours have signed this appeal too.", "Please reply in writing.", "I attach photographs.",
            "Please take urgent measures.", "Elderly people and children suffer from it.", "Please explain my rights.",
            "I ask you to check the lawfulness of these actions.", "Thank you in advance for your help."};
    static final String[] CAMPAIGNS = {"Free legal advice days", "Family support week", "Veterans' reception day",
            "Housing questions day", "Youth employment day"};
    static final String[] REDIRECT_TO = {"Prosecutor General's Office of the Republic of Kazakhstan",
            "Ministry of Labour and Social Protection of the Population", "Ministry of Health of the Republic of Kazakhstan",
            "Akimat of Astana city", "Supreme Court of the Republic of Kazakhstan"};

    static int pick(SplittableRandom r, double[] w) {
        double sum = 0;
        for (double x : w) {
            sum += x;
        }
        double u = r.nextDouble() * sum;
        for (int i = 0; i < w.length; i++) {
            u -= w[i];
            if (u < 0) {
                return i;
            }
        }
        return w.length - 1;
    }

    double[] topicWeights(int month) {
        double[] w = new double[topics.length];
        boolean winter = month == 11 || month == 12 || month <= 3;
        boolean summer = month >= 5 && month <= 9;
        for (int i = 0; i < topics.length; i++) {
            String t = topics[i];
            String g = topicGroups[i];
            double x = switch (g) {
                case "HOUSING" -> 3.0;
                case "UTILITIES" -> 3.2;
                case "SOCIAL" -> 2.6;
                case "LAND" -> 1.8;
                case "EMPLOYMENT" -> 1.6;
                case "HEALTH" -> 1.5;
                case "EDUCATION" -> 1.2;
                case "TRANSPORT" -> 1.6;
                case "LAW" -> 0.8;
                case "CORRUPTION" -> 0.3;
                default -> 0.6;
            };
            if (t.equals("UTIL_HEATING")) {
                x *= winter ? 3.5 : month == 10 || month == 4 ? 1.5 : 0.3;
            }
            if (t.equals("ROADS_WINTER")) {
                x *= winter ? 3.0 : 0.05;
            }
            if (t.equals("ROADS_REPAIR") || t.equals("LAND_AGRICULTURE")) {
                x *= summer ? 2.0 : 0.6;
            }
            if (t.startsWith("EDU_")) {
                x *= month == 8 || month == 9 ? 2.5 : 1.0;
            }
            if (t.equals("OTHER_GRATITUDE")) {
                x *= 0.5;
            }
            w[i] = x;
        }
        return w;
    }

    String agencyFor(String district, String group, SplittableRandom r) {
        String code;
        boolean city = district.equals("PVL") || district.equals("EKB") || district.equals("AKS");
        code = switch (group) {
            case "HOUSING", "UTILITIES", "TRANSPORT" -> city ? district + "-HOUSING"
                    : district.equals("REG") ? (group.equals("TRANSPORT") ? "REG-ROADS" : "REG-ENERGY") : district + "-AKIMAT";
            case "SOCIAL", "EMPLOYMENT" -> city ? district + "-SOCIAL" : district.equals("REG") ? "REG-EMPLOYMENT" : district + "-AKIMAT";
            case "LAND" -> city ? district + "-LAND" : district.equals("REG") ? "REG-LAND" : district + "-AKIMAT";
            case "HEALTH" -> "REG-HEALTH";
            case "EDUCATION" -> "REG-EDUCATION";
            case "LAW" -> "REG-POLICE";
            case "CORRUPTION" -> "REG-ANTICORRUPTION";
            default -> r.nextInt(3) == 0 ? "REG-ECOLOGY" : district.equals("REG") ? "REG-AKIMAT" : district + "-AKIMAT";
        };
        if (!agencies.containsKey(code)) {
            code = agencies.containsKey(district + "-AKIMAT") ? district + "-AKIMAT" : "REG-AKIMAT";
        }
        return code;
    }

    static String iin(SplittableRandom r) {
        return Ids.iin(r);
    }

    static String bin(SplittableRandom r) {
        return Ids.bin(r);
    }

    static String phone(SplittableRandom r) {
        return Ids.phone(r);
    }

    // ------------------------------------------------------------------ one generated appeal
    static final class A {
        long id;
        String number;
        String channel;
        String type;
        int topic;
        String district;
        String text;
        String kind;
        String name;
        String iin;
        String bin;
        String phone;
        String email;
        String address;
        String groups;
        Integer signatories;
        long receptionId;
        long receivedAt; // epoch seconds
        long registeredAt;
        LocalDate registeredOn;
        LocalDate dueOn;
        String status;
        String outcome;
        String agency;
        String answer;
        long answeredAt;
        LocalDate answeredOn;
        long closedAt;
        String redirectedTo;
        boolean redirectRequired;
        boolean redirectedLate;
        boolean extended;
        LocalDate noticeBy;
        long repeatOf;
        String externalRef;
        String createdBy;
        String createdRole;
        boolean overdueNotified;
        // reception of an import line
        long recHeldAt;
        String recRef;
        String recFormat;
        String recCampaign;
        int recCitizens;
        Official recOfficial;
    }

    /** Repeat appeals: recently seen applicants and their topics. */
    static final int RING = 1 << 16;
    final String[] ringIin = new String[RING];
    final String[] ringPhone = new String[RING];
    final String[] ringName = new String[RING];
    final int[] ringTopic = new int[RING];
    final long[] ringId = new long[RING];
    final long[] ringDay = new long[RING];
    long ringCount;

    // receptions being filled: per district, the current one
    static final class Rec {
        long id;
        LocalDate day;
        int planned;
        int used;
        long start;
        String format;
        String campaign;
        Official official;
        int citizens;
        String ref;
    }

    final Map<String, Rec> openReceptions = new HashMap<>();
    /** Per official, when their last reception ends (epoch seconds): days come in order, so earlier is free. */
    final Map<Long, Long> officialBusyUntil = new HashMap<>();
    Writer appealOut;
    Writer eventOut;
    Writer receptionOut;
    Writer ndjsonOut;
    long events;
    long receptionsWritten;
    long repeats;
    long answered;
    long positive;
    LocalDate today;
    long nowEpoch;
    long lineNo;

    void run() throws Exception {
        try (Connection meta = DriverManager.getConnection(jdbc, user, "")) {
            readCatalogues(meta);
        }
        today = LocalDate.now(ZONE);
        nowEpoch = System.currentTimeMillis() / 1000;
        LocalDate first = LocalDate.of(today.getYear() - 3, 1, 1);
        LocalDate last = today.minusDays(1);
        int days = (int) (last.toEpochDay() - first.toEpochDay() + 1);
        double[] w = new double[days];
        double total = 0;
        for (int i = 0; i < days; i++) {
            LocalDate d = first.plusDays(i);
            double x = DOW_W[d.getDayOfWeek().getValue() - 1] * MONTH_W[d.getMonthValue() - 1]
                    * Math.pow(1.08, d.getYear() - first.getYear());
            DayKind k = calendar.get(d);
            if (k != null && k != DayKind.WORKING_DAY) {
                x *= 0.3;
            }
            w[i] = x;
            total += x;
        }
        SplittableRandom r = new SplittableRandom(seed);
        if (mode.equals("ndjson")) {
            ndjsonOut = Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8);
            generate(first, days, w, total, r);
            ndjsonOut.close();
            System.err.printf("Gen ndjson: %d lines to %s%n", lineNo, out);
            return;
        }
        Connection ca;
        String copyAppeal = "copy appeal (id, registration_number, channel, type, topic_code,"
                + " district_code, text, applicant_kind, applicant_name, applicant_iin, applicant_bin, applicant_phone,"
                + " applicant_email, applicant_address, applicant_groups, signatories, reception_id, received_at,"
                + " registered_at, registered_on, due_on, status, outcome, agency_code, official_id, answer, answered_at,"
                + " answered_on, closed_at, redirected_to, redirect_required, redirected_late, extended,"
                + " applicant_notice_by, repeat_of, access_code_hash, external_ref, created_by, overdue_notified,"
                + " due_soon_notified, version) from stdin";
        String copyEvent = "copy appeal_event (id, appeal_id, occurred_at, actor, actor_role,"
                + " kind, public_entry, status_before, status_after, note) from stdin";
        String copyReception = "copy reception (id, official_id, district_code, format, campaign,"
                + " scheduled_at, scheduled_until, status, citizens_received, held_on, cancel_reason, external_ref,"
                + " created_by, created_at, version) from stdin";
        if (replica) {
            // the bulk load: three COPY streams at once (no FK checks in replica mode), one generating thread
            ca = open();
            Connection ce = open();
            Connection cr = open();
            CopyIn ia = ((PGConnection) ca).getCopyAPI().copyIn(copyAppeal);
            CopyIn ie = ((PGConnection) ce).getCopyAPI().copyIn(copyEvent);
            CopyIn ir = ((PGConnection) cr).getCopyAPI().copyIn(copyReception);
            appealOut = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(ia, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
            eventOut = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(ie, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
            receptionOut = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(ir, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
            generate(first, days, w, total, r);
            receptionOut.close();
            appealOut.close();
            eventOut.close();
            ca.commit();
            ce.commit();
            cr.commit();
            ce.close();
            cr.close();
        } else {
            // the COPY baseline: generate to files first, then COPY them in one transaction with every
            // trigger and constraint on, and time only the COPY
            Path dir = Files.createTempDirectory(Path.of(out != null ? out : System.getProperty("java.io.tmpdir")), "gen-copy");
            Path fa = dir.resolve("appeal.tsv");
            Path fe = dir.resolve("event.tsv");
            Path fr = dir.resolve("reception.tsv");
            appealOut = Files.newBufferedWriter(fa, StandardCharsets.UTF_8);
            eventOut = Files.newBufferedWriter(fe, StandardCharsets.UTF_8);
            receptionOut = Files.newBufferedWriter(fr, StandardCharsets.UTF_8);
            generate(first, days, w, total, r);
            receptionOut.close();
            appealOut.close();
            eventOut.close();
            ca = open();
            long t0 = System.nanoTime();
            var api = ((PGConnection) ca).getCopyAPI();
            try (var in = Files.newBufferedReader(fr, StandardCharsets.UTF_8)) {
                api.copyIn(copyReception, in);
            }
            try (var in = Files.newBufferedReader(fa, StandardCharsets.UTF_8)) {
                api.copyIn(copyAppeal, in);
            }
            try (var in = Files.newBufferedReader(fe, StandardCharsets.UTF_8)) {
                api.copyIn(copyEvent, in);
            }
            try (Statement s = ca.createStatement()) {
                s.execute("set synchronous_commit = on");
            }
            ca.commit();
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf(java.util.Locale.ROOT, "COPY_SECONDS=%.3f%n", secs);
            System.err.printf(java.util.Locale.ROOT, "Gen load: COPY of %d appeals with their events and receptions took %.2f s (%.0f appeals/s)%n",
                    appeals, secs, appeals / secs);
            Files.delete(fa);
            Files.delete(fe);
            Files.delete(fr);
            Files.delete(dir);
        }
        try (Statement s = ca.createStatement()) {
            s.execute("set session_replication_role = origin");
            for (Map.Entry<String, Integer> e : counters.entrySet()) {
                String[] k = e.getKey().split("-", 2);
                s.execute("select registration_serial_raise(" + k[0] + ", '" + k[1] + "', " + e.getValue() + ")");
            }
            s.execute("select setval('appeal_seq', greatest((select last_value from appeal_seq), " + (nextAppealId + 100) + "))");
            s.execute("select setval('appeal_event_seq', greatest((select last_value from appeal_event_seq), " + (nextEventId + 100) + "))");
            s.execute("select setval('reception_seq', greatest((select last_value from reception_seq), " + (nextReceptionId + 100) + "))");
        }
        ca.commit();
        ca.close();
        System.err.printf("Gen load: %d appeals, %d events, %d receptions, %d repeats, answered %.1f%%, positive %.1f%% of answered%n",
                appeals, events, receptionsWritten, repeats, 100.0 * answered / appeals, 100.0 * positive / Math.max(1, answered));
    }

    Connection open() throws SQLException {
        Connection c = DriverManager.getConnection(jdbc, user, "");
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("set synchronous_commit = off");
            s.execute("set timezone = 'UTC'");
            if (replica) {
                s.execute("set session_replication_role = replica");
            }
        }
        return c;
    }

    void generate(LocalDate first, int days, double[] w, double total, SplittableRandom r) throws IOException {
        long made = 0;
        double cum = 0;
        int[] secs = new int[16];
        for (int i = 0; i < days; i++) {
            cum += w[i];
            long target = i == days - 1 ? appeals : Math.round(appeals * cum / total);
            int n = (int) (target - made);
            if (n <= 0) {
                continue;
            }
            LocalDate day = first.plusDays(i);
            if (secs.length < n) {
                secs = new int[Math.max(n, secs.length * 2)];
            }
            boolean workDay = working(day);
            for (int j = 0; j < n; j++) {
                // office hours mostly; the portal around the clock
                secs[j] = r.nextInt(10) < 8 ? 9 * 3600 + r.nextInt(9 * 3600) : r.nextInt(24 * 3600);
            }
            Arrays.sort(secs, 0, n);
            double[] tw = topicWeights(day.getMonthValue());
            for (int j = 0; j < n; j++) {
                A a = make(day, workDay, secs[j], tw, r);
                if (ndjsonOut != null) {
                    writeLine(a);
                } else {
                    writeAppeal(a);
                }
            }
            made = target;
        }
    }

    A make(LocalDate day, boolean workDay, int sec, double[] tw, SplittableRandom r) throws IOException {
        A a = new A();
        a.id = nextAppealId++;
        long dayStart = day.atStartOfDay().toEpochSecond(ZONE);
        a.receivedAt = dayStart + sec;
        boolean night = sec < 8 * 3600 || sec >= 19 * 3600;
        // channel by day and hour
        int c;
        if (!workDay || night) {
            c = r.nextInt(100) < 85 ? 0 : 1;
        } else {
            int u = r.nextInt(100);
            c = u < 45 ? 0 : u < 70 ? 1 : u < 90 ? 3 : 2;
        }
        a.channel = switch (c) {
            case 0 -> "PORTAL";
            case 1 -> "CALL_CENTER";
            case 2 -> "RECEPTION";
            default -> "WRITTEN";
        };
        a.district = DISTRICTS[pick(r, DISTRICT_W)];
        a.type = TYPES[pick(r, TYPE_W)];
        a.topic = pick(r, tw);
        // applicant
        int k = r.nextInt(1000);
        long epochDay = day.toEpochDay();
        if (a.type.equals("REPORT") && k < 300) {
            a.kind = "ANONYMOUS";
            a.redirectRequired = true;
            if (a.channel.equals("RECEPTION")) {
                a.channel = "PORTAL";
            }
        } else if (k >= 940) {
            a.kind = "LEGAL_ENTITY";
            a.name = "LLP \"" + LAST[r.nextInt(LAST.length)] + " " + (r.nextBoolean() ? "Service" : "Agro") + "\"";
            a.bin = bin(r);
            a.phone = phone(r);
            a.email = r.nextInt(2) == 0 ? "office" + r.nextInt(100000) + "@company.kz" : null;
            a.groups = "{ENTREPRENEUR}";
        } else {
            a.kind = "INDIVIDUAL";
            int slot = (int) ((ringCount - 1 - r.nextInt((int) Math.max(1, Math.min(ringCount, RING)))) & (RING - 1));
            if (r.nextInt(100) < 6 && ringCount > 0 && ringId[slot] != 0 && epochDay - ringDay[slot] <= 360) {
                // the same applicant on the same topic within 12 months: a repeat appeal
                a.iin = ringIin[slot];
                a.phone = ringPhone[slot];
                a.name = ringName[slot];
                a.topic = ringTopic[slot];
                a.repeatOf = ringId[slot];
                repeats++;
            } else {
                String f = FIRST[r.nextInt(FIRST.length)];
                String l = LAST[r.nextInt(LAST.length)];
                boolean fem = f.endsWith("a") || f.equals("Aigerim") || f.equals("Ainur") || f.equals("Zhanar") || f.equals("Saule");
                a.name = f + " " + l + (fem ? "a" : "");
                a.iin = r.nextInt(100) < 80 ? iin(r) : null;
                a.phone = r.nextInt(100) < 90 || a.iin == null ? phone(r) : null;
            }
            int s = (int) (ringCount++ & (RING - 1));
            ringIin[s] = a.iin;
            ringPhone[s] = a.phone;
            ringName[s] = a.name;
            ringTopic[s] = a.topic;
            ringId[s] = a.id;
            ringDay[s] = epochDay;
            if (r.nextInt(100) < 30) {
                a.email = a.name.toLowerCase().replace(' ', '.').replace("\"", "") + r.nextInt(1000) + "@mail.kz";
            }
            if (r.nextInt(100) < 50) {
                a.address = a.district + ", " + STREETS[r.nextInt(STREETS.length)] + " St " + (1 + r.nextInt(150))
                        + ", apt " + (1 + r.nextInt(200));
            }
            StringBuilder g = new StringBuilder();
            for (int i = 0; i < GROUPS.length; i++) {
                if (r.nextDouble() < GROUP_P[i]) {
                    g.append(g.isEmpty() ? "" : ",").append(GROUPS[i]);
                }
            }
            a.groups = "{" + g + "}";
        }
        if (a.kind.equals("INDIVIDUAL") && r.nextInt(100) < 3) {
            a.signatories = 2 + r.nextInt(60);
        }
        a.text = text(a, r);
        // reception: 1-3 appeals each, on working days only
        if (a.channel.equals("RECEPTION")) {
            if (!workDay) {
                a.channel = "WRITTEN";
            } else {
                Rec rec = reception(a.district, day, r);
                a.receptionId = rec.id;
                a.receivedAt = rec.start + 600L * rec.used + r.nextInt(600);
                a.recHeldAt = rec.start;
                a.recRef = rec.ref;
                a.recFormat = rec.format;
                a.recCampaign = rec.campaign;
                a.recCitizens = rec.citizens;
                a.recOfficial = rec.official;
            }
        }
        LocalDate receivedOn = day;
        a.registeredOn = onOrAfter(receivedOn);
        a.registeredAt = a.registeredOn.equals(receivedOn) ? a.receivedAt : a.registeredOn.atStartOfDay().toEpochSecond(ZONE);
        a.dueOn = plusWorking(a.registeredOn, Registrar.TERM_WORKING_DAYS);
        String key = a.registeredOn.getYear() + "-" + a.district;
        int num = counters.merge(key, 1, Integer::sum);
        a.number = Ids.number(a.registeredOn.getYear(), a.district, num);
        a.externalRef = refPrefix == null ? null : refPrefix + a.id;
        a.createdRole = switch (a.channel) {
            case "PORTAL" -> "portal";
            case "CALL_CENTER" -> "operator";
            default -> "office-staff";
        };
        a.createdBy = switch (a.channel) {
            case "PORTAL" -> "service-account-appeals-portal";
            case "CALL_CENTER" -> "operator" + (1 + r.nextInt(12));
            default -> "office-" + a.district.toLowerCase() + "-" + (1 + r.nextInt(3));
        };
        life(a, r);
        return a;
    }

    Rec reception(String district, LocalDate day, SplittableRandom r) throws IOException {
        Rec rec = openReceptions.get(district);
        if (rec != null && rec.day.equals(day) && rec.used < rec.planned) {
            rec.used++;
            return rec;
        }
        rec = new Rec();
        rec.id = nextReceptionId++;
        rec.day = day;
        int p = r.nextInt(100);
        rec.planned = p < 40 ? 1 : p < 75 ? 2 : 3;
        rec.used = 1;
        long midnight = day.atStartOfDay().toEpochSecond(ZONE);
        long wanted = midnight + (9 + r.nextInt(6)) * 3600L;
        int f = r.nextInt(100);
        rec.format = f < 70 ? "REGULAR" : f < 90 ? "MOBILE" : "THEMATIC";
        rec.campaign = rec.format.equals("THEMATIC") ? CAMPAIGNS[r.nextInt(CAMPAIGNS.length)] : null;
        List<Official> local = new ArrayList<>();
        for (Official o : officials) {
            if (o.district.equals(district) || o.district.equals("REG")) {
                local.add(o);
            }
        }
        if (local.isEmpty()) {
            local = officials;
        }
        // an official holds one reception at a time (reception_official_no_overlap): the first of the
        // district's officials, from a random one on, who is free at the wanted hour; when all are
        // busy, the one free soonest, later that day
        int from = r.nextInt(local.size());
        Official chosen = null;
        long start = Long.MAX_VALUE;
        for (int i = 0; i < local.size(); i++) {
            Official o = local.get((from + i) % local.size());
            long free = Math.max(wanted, officialBusyUntil.getOrDefault(o.id, 0L));
            if (free < start) {
                chosen = o;
                start = free;
                if (free == wanted) {
                    break;
                }
            }
        }
        rec.official = chosen;
        rec.start = start;
        rec.citizens = rec.planned + r.nextInt(5);
        rec.ref = refPrefix == null ? null : refPrefix + "R" + rec.id;
        if (start <= midnight + 18 * 3600L) {
            officialBusyUntil.put(chosen.id, start + 3 * 3600L);
        } else if (rec.ref == null) {
            // the day is full (a register far larger than the region's officials could receive): kept as
            // a record of a historical register, which the overlap rule leaves out, at the wanted hour
            rec.start = wanted;
            rec.ref = "GEN-R" + rec.id;
        } else {
            rec.start = wanted;
        }
        openReceptions.put(district, rec);
        if (receptionOut != null) {
            writeReception(rec, district, "HELD", r);
            if (r.nextInt(30) == 0) {
                Rec cancelled = new Rec();
                cancelled.id = nextReceptionId++;
                cancelled.day = day;
                cancelled.start = rec.start + 4 * 3600;
                cancelled.format = "REGULAR";
                cancelled.official = rec.official;
                cancelled.ref = refPrefix == null ? null : refPrefix + "R" + cancelled.id;
                writeReception(cancelled, district, "CANCELLED", r);
            }
        }
        return rec;
    }

    String text(A a, SplittableRandom r) {
        String opening = switch (a.type) {
            case "STATEMENT" -> "I ask you to help with";
            case "COMPLAINT" -> "I complain about the situation with";
            case "INQUIRY" -> "Please explain the procedure for";
            case "PROPOSAL" -> "I propose to improve";
            case "REPORT" -> "I report a violation concerning";
            default -> "My opinion on the decision about";
        };
        String topic = topicNames[a.topic];
        return opening + " " + Character.toLowerCase(topic.charAt(0)) + topic.substring(1) + " " + PLACES[r.nextInt(PLACES.length)]
                + ". " + DETAILS[r.nextInt(DETAILS.length)] + (r.nextInt(3) == 0 ? " " + DETAILS[r.nextInt(DETAILS.length)] : "");
    }

    /** Status, outcome, agency and the dates of the appeal's life, consistent with its age. */
    void life(A a, SplittableRandom r) {
        String group = topicGroups[a.topic];
        a.agency = agencyFor(a.district, group, r);
        long todayStart = today.atStartOfDay().toEpochSecond(ZONE);
        boolean pastDue = a.dueOn.isBefore(today);
        if (a.kind.equals("ANONYMOUS")) {
            LocalDate on = plusWorking(a.registeredOn, 1 + r.nextInt(3));
            if (on.isBefore(today)) {
                boolean redirect = r.nextInt(100) < 80;
                a.status = redirect ? "REDIRECTED" : "CLOSED";
                a.outcome = redirect ? "REDIRECTED" : "TERMINATED";
                a.redirectedTo = redirect ? REDIRECT_TO[r.nextInt(REDIRECT_TO.length)] : null;
                a.answeredOn = on;
                a.answeredAt = at(on, r);
                a.answer = redirect ? "Redirected to the competent body" : "Left without consideration: anonymous appeal";
                a.closedAt = a.answeredAt;
                answered++;
            } else {
                a.status = "REGISTERED";
                a.agency = null;
            }
            return;
        }
        int u = r.nextInt(1000);
        if (!pastDue) {
            // still within its term: the older, the likelier answered
            int elapsed = (int) Math.max(0, today.toEpochDay() - a.registeredOn.toEpochDay());
            if (u < 600 * elapsed / 21) {
                answer(a, r, Math.max(1, Math.min(elapsed * 5 / 7, 1 + r.nextInt(Math.max(1, elapsed * 5 / 7 + 1)))));
            } else {
                open(a, r, elapsed < 2 ? "REGISTERED" : r.nextBoolean() ? "ASSIGNED" : "IN_PROGRESS");
            }
        } else if (u < 850) {
            int wd = r.nextInt(100) < 6 ? 16 + r.nextInt(10) : 1 + (r.nextInt(15) + r.nextInt(15)) / 2 + r.nextInt(2);
            if (r.nextInt(100) < 3) {
                a.extended = true;
                a.noticeBy = plusWorking(a.registeredOn, 3);
                a.dueOn = plusWorking(a.registeredOn, 40);
                wd = 16 + r.nextInt(20);
            }
            answer(a, r, wd);
        } else if (u < 900) {
            LocalDate on = plusWorking(a.registeredOn, 1 + r.nextInt(4));
            a.status = "REDIRECTED";
            a.outcome = "REDIRECTED";
            a.redirectedTo = REDIRECT_TO[r.nextInt(REDIRECT_TO.length)];
            a.redirectedLate = on.isAfter(plusWorking(a.registeredOn, 3));
            a.answeredOn = on;
            a.answeredAt = at(on, r);
            a.answer = "Redirected to " + a.redirectedTo + " by competence";
            a.closedAt = a.answeredAt;
        } else if (u < 920) {
            LocalDate on = plusWorking(a.registeredOn, 1 + r.nextInt(10));
            a.status = "WITHDRAWN";
            a.outcome = "TERMINATED";
            a.closedAt = at(on, r);
        } else {
            open(a, r, r.nextBoolean() ? "ASSIGNED" : "IN_PROGRESS");
            a.overdueNotified = true;
        }
        if (a.closedAt > nowEpoch - 60 || a.answeredAt > nowEpoch - 60) {
            // a date drawn past yesterday: keep it open instead
            a.answeredAt = 0;
            a.answeredOn = null;
            a.closedAt = 0;
            a.answer = null;
            a.outcome = null;
            a.redirectedTo = null;
            a.redirectedLate = false;
            open(a, r, "IN_PROGRESS");
        }
        if (a.closedAt != 0 && a.closedAt >= todayStart && a.status.equals("CLOSED")) {
            a.closedAt = 0;
            a.status = "RESOLVED";
        }
    }

    void open(A a, SplittableRandom r, String status) {
        a.status = status;
        if (status.equals("REGISTERED")) {
            a.agency = null;
        }
    }

    void answer(A a, SplittableRandom r, int workingDays) {
        LocalDate on = plusWorking(a.registeredOn, Math.max(1, workingDays));
        if (!on.isBefore(today)) {
            open(a, r, "IN_PROGRESS");
            return;
        }
        int o = r.nextInt(100);
        a.outcome = o < 63 ? "POSITIVE" : o < 88 ? "EXPLAINED" : o < 97 ? "REJECTED" : "TERMINATED";
        a.answeredOn = on;
        a.answeredAt = at(on, r);
        a.answer = switch (a.outcome) {
            case "POSITIVE" -> "Your appeal has been considered and satisfied; the measures taken are described below.";
            case "EXPLAINED" -> "Your appeal has been considered; the procedure and your rights are explained below.";
            case "REJECTED" -> "Your appeal has been considered; there are no legal grounds to satisfy it.";
            default -> "Consideration of the appeal has been terminated as the law allows.";
        };
        LocalDate closeOn = plusWorking(on, r.nextInt(3));
        if (closeOn.isBefore(today) && r.nextInt(100) < 97) {
            a.status = "CLOSED";
            a.closedAt = Math.max(a.answeredAt + 600, at(closeOn, r));
        } else {
            a.status = "RESOLVED";
        }
        answered++;
        if (a.outcome.equals("POSITIVE")) {
            positive++;
        }
    }

    long at(LocalDate d, SplittableRandom r) {
        return d.atStartOfDay().toEpochSecond(ZONE) + 9 * 3600 + r.nextInt(9 * 3600);
    }

    // ------------------------------------------------------------------ COPY text format
    final StringBuilder sb = new StringBuilder(4096);

    static void esc(StringBuilder b, String s) {
        if (s == null) {
            b.append("\\N");
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(ch);
            }
        }
    }

    static void ts(StringBuilder b, long epoch) {
        if (epoch == 0) {
            b.append("\\N");
            return;
        }
        java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(epoch, 0, ZONE);
        b.append(t.toLocalDate()).append(' ');
        two(b, t.getHour());
        b.append(':');
        two(b, t.getMinute());
        b.append(':');
        two(b, t.getSecond());
        b.append("+05");
    }

    static void two(StringBuilder b, int v) {
        if (v < 10) {
            b.append('0');
        }
        b.append(v);
    }

    static void date(StringBuilder b, LocalDate d) {
        if (d == null) {
            b.append("\\N");
        } else {
            b.append(d);
        }
    }

    void writeReception(Rec rec, String district, String status, SplittableRandom r) throws IOException {
        StringBuilder b = new StringBuilder(256);
        b.append(rec.id).append('\t').append(rec.official.id).append('\t').append(district).append('\t').append(rec.format).append('\t');
        esc(b, rec.campaign);
        b.append('\t');
        ts(b, rec.start);
        b.append('\t');
        ts(b, rec.start + 3 * 3600);
        b.append('\t').append(status).append('\t');
        if (status.equals("HELD")) {
            b.append(rec.citizens).append('\t').append(rec.day);
        } else {
            b.append("\\N\t\\N");
        }
        b.append('\t');
        esc(b, status.equals("CANCELLED") ? "The official was called away on duty" : null);
        b.append('\t');
        esc(b, rec.ref);
        b.append("\toffice-").append(district.toLowerCase()).append("-1\t");
        ts(b, rec.start - 7 * 86400);
        b.append("\t0\n");
        receptionOut.append(b);
        receptionsWritten++;
    }

    void writeAppeal(A a) throws IOException {
        StringBuilder b = sb;
        b.setLength(0);
        b.append(a.id).append('\t').append(a.number).append('\t').append(a.channel).append('\t').append(a.type).append('\t')
                .append(topics[a.topic]).append('\t').append(a.district).append('\t');
        esc(b, a.text);
        b.append('\t').append(a.kind).append('\t');
        esc(b, a.name);
        b.append('\t');
        esc(b, a.iin);
        b.append('\t');
        esc(b, a.bin);
        b.append('\t');
        esc(b, a.phone);
        b.append('\t');
        esc(b, a.email);
        b.append('\t');
        esc(b, a.address);
        b.append('\t').append(a.groups == null ? "{}" : a.groups).append('\t');
        b.append(a.signatories == null ? "\\N" : a.signatories.toString()).append('\t');
        b.append(a.receptionId == 0 ? "\\N" : Long.toString(a.receptionId)).append('\t');
        ts(b, a.receivedAt);
        b.append('\t');
        ts(b, a.registeredAt);
        b.append('\t');
        date(b, a.registeredOn);
        b.append('\t');
        date(b, a.dueOn);
        b.append('\t').append(a.status).append('\t');
        esc(b, a.outcome);
        b.append('\t');
        esc(b, a.agency);
        b.append("\t\\N\t");
        esc(b, a.answer);
        b.append('\t');
        ts(b, a.answeredAt);
        b.append('\t');
        date(b, a.answeredOn);
        b.append('\t');
        ts(b, a.closedAt);
        b.append('\t');
        esc(b, a.redirectedTo);
        b.append('\t').append(a.redirectRequired ? 't' : 'f').append('\t').append(a.redirectedLate ? 't' : 'f').append('\t')
                .append(a.extended ? 't' : 'f').append('\t');
        date(b, a.noticeBy);
        b.append('\t').append(a.repeatOf == 0 ? "\\N" : Long.toString(a.repeatOf)).append("\t\\N\t");
        esc(b, a.externalRef);
        b.append('\t').append(a.createdBy).append('\t').append(a.overdueNotified ? 't' : 'f').append("\tf\t")
                .append(a.status.equals("REGISTERED") ? 0 : 1).append('\n');
        appealOut.append(b);
        writeEvents(a);
    }

    final StringBuilder eb = new StringBuilder(2048);

    void event(A a, long at, String actor, String role, String kind, boolean pub, String before, String after, String note)
            throws IOException {
        StringBuilder b = eb;
        b.setLength(0);
        b.append(nextEventId++).append('\t').append(a.id).append('\t');
        ts(b, at);
        b.append('\t').append(actor).append('\t').append(role).append('\t').append(kind).append('\t').append(pub ? 't' : 'f')
                .append('\t').append(before == null ? "\\N" : before).append('\t').append(after).append('\t');
        esc(b, note);
        b.append('\n');
        eventOut.append(b);
        events++;
    }

    /** The timeline: registered, assigned, progress notes, resolved, closed (or redirected, withdrawn). */
    void writeEvents(A a) throws IOException {
        String supervisor = "supervisor-" + a.district.toLowerCase();
        String executor = "executor-" + (a.agency == null ? "x" : a.agency.toLowerCase());
        event(a, a.registeredAt, a.createdBy, a.createdRole, "REGISTERED", true, null, "REGISTERED",
                "Registered under number " + a.number + "; answer due by " + a.dueOn);
        String status = "REGISTERED";
        long t = a.registeredAt;
        long end = a.answeredAt != 0 ? a.answeredAt : a.closedAt != 0 ? a.closedAt : Math.min(nowEpoch - 3600, a.registeredAt + 10 * 86400);
        if (a.kind.equals("ANONYMOUS")) {
            if (a.status.equals("REDIRECTED") || a.status.equals("CLOSED")) {
                event(a, a.answeredAt, supervisor, "supervisor", a.status, true, status, a.status, a.answer);
            }
            return;
        }
        if (a.status.equals("REGISTERED")) {
            return;
        }
        long span = Math.max(60, end - t);
        if (a.status.equals("REDIRECTED")) {
            event(a, t + span / 3, supervisor, "supervisor", "PROGRESS", false, status, status, "Competence checked");
            event(a, a.answeredAt, supervisor, "supervisor", "REDIRECTED", true, status, "REDIRECTED", a.answer);
            return;
        }
        long assignedAt = t + span / 5;
        event(a, assignedAt, supervisor, "supervisor", "ASSIGNED", false, status, "ASSIGNED", "Assigned to " + a.agency);
        status = "ASSIGNED";
        if (a.status.equals("ASSIGNED")) {
            return;
        }
        int progress = a.extended ? 1 : (int) ((a.id * 7) % 3);
        for (int i = 0; i < progress; i++) {
            event(a, assignedAt + span * (i + 1) / 5, executor, "executor", "PROGRESS", i == 1, status, "IN_PROGRESS",
                    i == 0 ? "Accepted for work; a site visit is scheduled" : "The applicant has been contacted");
            status = "IN_PROGRESS";
        }
        if (a.extended) {
            event(a, assignedAt + span / 2, supervisor, "supervisor", "EXTENDED", true, status, status,
                    "Term extended to " + a.dueOn + ": an inspection is needed");
        }
        if (a.status.equals("IN_PROGRESS")) {
            if (status.equals("ASSIGNED")) {
                event(a, assignedAt + span / 2, executor, "executor", "PROGRESS", false, status, "IN_PROGRESS", "Accepted for work");
            }
            return;
        }
        if (a.status.equals("WITHDRAWN")) {
            event(a, a.closedAt, a.createdBy, a.createdRole, "WITHDRAWN", true, status, "WITHDRAWN", "Withdrawn by the applicant");
            return;
        }
        event(a, a.answeredAt, executor, "executor", "RESOLVED", true, status, "RESOLVED", a.answer);
        if (a.status.equals("CLOSED")) {
            event(a, a.closedAt, supervisor, "supervisor", "CLOSED", true, "RESOLVED", "CLOSED", "Closed with outcome " + a.outcome);
        }
    }

    // ------------------------------------------------------------------ NDJSON (historical import)
    static void js(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        b.append('"');
    }

    static String iso(long epoch) {
        return java.time.OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(epoch), ZONE).toString();
    }

    void writeLine(A a) throws IOException {
        StringBuilder b = sb;
        b.setLength(0);
        b.append("{\"externalRef\":");
        js(b, (refPrefix == null ? "IMP-" : refPrefix) + (++lineNo));
        b.append(",\"channel\":\"").append(a.channel).append("\",\"type\":\"").append(a.type).append("\",\"topicCode\":\"")
                .append(topics[a.topic]).append("\",\"districtCode\":\"").append(a.district).append("\",\"text\":");
        js(b, a.text);
        b.append(",\"applicant\":{\"kind\":\"").append(a.kind).append('"');
        if (a.name != null) {
            b.append(",\"fullName\":");
            js(b, a.name);
        }
        if (a.iin != null) {
            b.append(",\"iin\":\"").append(a.iin).append('"');
        }
        if (a.bin != null) {
            b.append(",\"bin\":\"").append(a.bin).append('"');
        }
        if (a.phone != null) {
            b.append(",\"phone\":\"").append(a.phone).append('"');
        }
        if (a.email != null) {
            b.append(",\"email\":");
            js(b, a.email);
        }
        if (a.address != null) {
            b.append(",\"postalAddress\":");
            js(b, a.address);
        }
        if (a.groups != null && a.groups.length() > 2) {
            b.append(",\"groups\":[\"").append(a.groups, 1, a.groups.length() - 1).append("\"]");
            int at = b.lastIndexOf("[\"");
            for (int i = at + 2; i < b.length(); i++) {
                if (b.charAt(i) == ',') {
                    b.replace(i, i + 1, "\",\"");
                    i += 2;
                }
            }
        }
        b.append('}');
        if (a.signatories != null) {
            b.append(",\"signatories\":").append(a.signatories);
        }
        b.append(",\"receivedAt\":\"").append(iso(a.receivedAt)).append('"');
        if (a.channel.equals("RECEPTION")) {
            b.append(",\"reception\":{\"externalRef\":");
            js(b, (refPrefix == null ? "IMP-" : refPrefix) + "R" + a.receptionId);
            b.append(",\"officialType\":\"").append(a.recOfficial.type).append("\",\"officialName\":");
            js(b, a.recOfficial.name);
            b.append(",\"heldAt\":\"").append(iso(a.recHeldAt)).append("\",\"format\":\"").append(a.recFormat).append('"');
            if (a.recCampaign != null) {
                b.append(",\"campaign\":");
                js(b, a.recCampaign);
            }
            b.append(",\"citizensReceived\":").append(a.recCitizens).append('}');
        }
        if (a.answeredAt != 0 && a.outcome != null && a.agency != null) {
            b.append(",\"resolution\":{\"agencyCode\":\"").append(a.agency).append("\",\"resolvedAt\":\"").append(iso(a.answeredAt))
                    .append("\",\"outcome\":\"").append(a.outcome).append("\",\"answer\":");
            js(b, a.answer);
            b.append('}');
        }
        b.append("}\n");
        ndjsonOut.append(b);
    }
}
