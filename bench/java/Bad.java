import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * R5: a catalogue of bad inputs across the endpoints and roles. Every case must answer a 4xx
 * application/problem+json (never a 5xx), and no row of any table may change (counts, highest
 * ids and rows written after the first snapshot's transaction, per table; tracking_attempt is left
 * out: attempts at the tracking page are counted there by design). Bad lines of the NDJSON import are a
 * second group: the import answers 200 with a report, so they must come back rejected with
 * nothing imported. SQL and script fragments in the text of an otherwise valid appeal are a
 * third group: they are plain text, so they must be stored verbatim (201), and they are checked
 * after the snapshot comparison.
 */
final class Bad {
    private Bad() {
    }

    record Case(String group, String name, String user, String method, String path, String contentType, byte[] body,
                String[] headers) {
    }

    static final List<Case> CASES = new ArrayList<>();
    static final List<String[]> IMPORT_LINES = new ArrayList<>();
    static final List<String[]> VERBATIM = new ArrayList<>();

    static void add(String group, String name, String user, String method, String path, String ct, String body, String... headers) {
        CASES.add(new Case(group, name, user, method, path, ct, body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers));
    }

    static void addBytes(String group, String name, String user, String path, String ct, byte[] body) {
        CASES.add(new Case(group, name, user, "POST", path, ct, body, new String[0]));
    }

    // ------------------------------------------------------------------ a tiny JSON builder over raw fragments
    static String q(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static Map<String, String> applicant() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("kind", q("INDIVIDUAL"));
        a.put("fullName", q("Aigerim Sadykova"));
        a.put("iin", q(Load.iin(ThreadLocalRandom.current())));
        a.put("phone", q("+77012345678"));
        return a;
    }

    static Map<String, String> appeal(String channel, String district) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("channel", q(channel));
        m.put("type", q("COMPLAINT"));
        m.put("topicCode", q("UTIL_HEATING"));
        m.put("districtCode", q(district));
        m.put("text", q("No heating in building 12 on Lomov street since Monday, please help."));
        m.put("applicant", json(applicant()));
        return m;
    }

    static String json(Map<String, String> m) {
        StringBuilder b = new StringBuilder("{");
        m.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append(q(k)).append(':').append(v));
        return b.append('}').toString();
    }

    /** The operator's valid appeal with one top-level field replaced (null value: removed). */
    static String op(String field, String raw) {
        Map<String, String> m = appeal("CALL_CENTER", "PVL");
        if (raw == null) {
            m.remove(field);
        } else {
            m.put(field, raw);
        }
        return json(m);
    }

    /** The operator's valid appeal with one applicant field replaced (null value: removed). */
    static String opApplicant(String field, String raw) {
        Map<String, String> a = applicant();
        if (raw == null) {
            a.remove(field);
        } else {
            a.put(field, raw);
        }
        return op("applicant", json(a));
    }

    static String applicantOnly(String... kv) {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            a.put(kv[i], kv[i + 1]);
        }
        return json(a);
    }

    static String iinWith(String first11) {
        int d = checkDigit(first11);
        return d < 0 ? null : first11 + d;
    }

    static int checkDigit(String d) {
        return Ids.checkDigit(d);
    }

    static String validIinWith(String prefix6, char century) {
        for (int serial = 0; serial < 10_000; serial++) {
            String v = iinWith(prefix6 + century + String.format("%04d", serial));
            if (v != null) {
                return v;
            }
        }
        throw new IllegalStateException();
    }

    static String wrongCheck(String iin) {
        char last = iin.charAt(11);
        return iin.substring(0, 11) + (char) ('0' + (last - '0' + 1) % 10);
    }

    static final String APPEALS = "/api/v1/appeals";
    static final String JSON = "application/json";

    static void catalogue(long otherDistrictAppeal, long otherDistrictReception) {
        String valid = op("type", q("COMPLAINT"));
        // --- authentication and roles
        add("auth", "no token", null, "POST", APPEALS, JSON, valid);
        add("auth", "garbage bearer token", "!garbage", "POST", APPEALS, JSON, valid);
        add("auth", "token with a tampered signature", "!tampered", "POST", APPEALS, JSON, valid);
        add("auth", "token without its signature", "!unsigned", "POST", APPEALS, JSON, valid);
        add("auth", "token with alg none", "!none", "POST", APPEALS, JSON, valid);
        add("auth", "basic authentication instead of a bearer token", "!basic", "POST", APPEALS, JSON, valid);
        add("role", "analyst registers an appeal", "analyst", "POST", APPEALS, JSON, valid);
        add("role", "executor registers an appeal", "executor", "POST", APPEALS, JSON, valid);
        add("role", "supervisor registers an appeal", "chief", "POST", APPEALS, JSON, valid);
        add("role", "portal sends a CALL_CENTER appeal", "portal", "POST", APPEALS, JSON, valid, "Idempotency-Key", "bench-r5-portal-1");
        add("role", "operator sends a PORTAL appeal", "operator", "POST", APPEALS, JSON, op("channel", q("PORTAL")));
        add("role", "operator sends a WRITTEN appeal", "operator", "POST", APPEALS, JSON, op("channel", q("WRITTEN")));
        add("role", "office staff send a CALL_CENTER appeal", "office", "POST", APPEALS, JSON, valid);
        add("role", "portal without Idempotency-Key", "portal", "POST", APPEALS, JSON, json(appeal("PORTAL", "PVL")));
        add("scope", "office staff of PVL register for EKB", "office", "POST", APPEALS, JSON, json(appeal("WRITTEN", "EKB")));
        add("scope", "office staff of EKB register for PVL", "office2", "POST", APPEALS, JSON, json(appeal("WRITTEN", "PVL")));
        Map<String, String> rec = appeal("RECEPTION", "PVL");
        rec.put("receptionId", Long.toString(otherDistrictReception));
        add("scope", "office staff of PVL use a reception of another district", "office", "POST", APPEALS, JSON, json(rec));
        rec.put("receptionId", "987654321987");
        add("scope", "a reception that does not exist", "office", "POST", APPEALS, JSON, json(rec));
        add("scope", "office staff of PVL read an appeal of another district", "office", "GET", APPEALS + "/" + otherDistrictAppeal, null, null);
        add("scope", "supervisor of PVL acts on an appeal of another district", "supervisor", "POST",
                APPEALS + "/" + otherDistrictAppeal + "/assignment", JSON, "{\"agencyCode\":\"PVL-HOUSING\"}", "If-Match", "\"0\"");
        add("scope", "executor of PVL-HOUSING reads the events of another district's appeal", "executor", "GET",
                APPEALS + "/" + otherDistrictAppeal + "/events", null, null);
        // --- malformed JSON
        add("malformed", "empty body", "operator", "POST", APPEALS, JSON, "");
        add("malformed", "a lone brace", "operator", "POST", APPEALS, JSON, "{");
        add("malformed", "truncated object", "operator", "POST", APPEALS, JSON, valid.substring(0, valid.length() / 2));
        add("malformed", "trailing comma", "operator", "POST", APPEALS, JSON, valid.substring(0, valid.length() - 1) + ",}");
        add("malformed", "single quotes", "operator", "POST", APPEALS, JSON, valid.replace('"', '\''));
        add("malformed", "NaN literal", "operator", "POST", APPEALS, JSON, op("signatories", "NaN"));
        add("malformed", "JSON null", "operator", "POST", APPEALS, JSON, "null");
        add("malformed", "JSON array", "operator", "POST", APPEALS, JSON, "[" + valid + "]");
        add("malformed", "JSON string", "operator", "POST", APPEALS, JSON, "\"appeal\"");
        add("malformed", "JSON number", "operator", "POST", APPEALS, JSON, "42");
        add("malformed", "comments in JSON", "operator", "POST", APPEALS, JSON, "/* hi */" + valid);
        add("malformed", "two objects", "operator", "POST", APPEALS, JSON, valid + valid);
        addBytes("malformed", "binary garbage", "operator", APPEALS, JSON, new byte[] {0x00, (byte) 0xff, 0x13, 0x37, (byte) 0xfe, 0x7b});
        addBytes("unicode", "invalid UTF-8 byte sequence in the text", "operator", APPEALS, JSON,
                splice(valid, "Monday", new byte[] {(byte) 0xc3, 0x28}));
        addBytes("unicode", "overlong UTF-8 encoding of a slash", "operator", APPEALS, JSON,
                splice(valid, "Monday", new byte[] {(byte) 0xc0, (byte) 0xaf}));
        add("malformed", "nesting 5000 levels deep", "operator", "POST", APPEALS, JSON, "[".repeat(5000) + "]".repeat(5000));
        add("malformed", "a number of 2000 digits", "operator", "POST", APPEALS, JSON, op("signatories", "9".repeat(2000)));
        add("media", "text/plain body", "operator", "POST", APPEALS, "text/plain", valid);
        add("media", "XML body", "operator", "POST", APPEALS, "application/xml", "<appeal><text>x</text></appeal>");
        add("media", "form body", "operator", "POST", APPEALS, "application/x-www-form-urlencoded", "channel=CALL_CENTER&text=hello+world+hello");
        // --- wrong types
        add("type", "channel is a number", "operator", "POST", APPEALS, JSON, op("channel", "5"));
        add("type", "channel in lower case", "operator", "POST", APPEALS, JSON, op("channel", q("call_center")));
        add("type", "unknown channel", "operator", "POST", APPEALS, JSON, op("channel", q("TELEGRAM")));
        add("type", "type is a boolean", "operator", "POST", APPEALS, JSON, op("type", "true"));
        add("type", "type is null", "operator", "POST", APPEALS, JSON, op("type", "null"));
        add("type", "type missing", "operator", "POST", APPEALS, JSON, op("type", null));
        add("type", "topicCode is an object", "operator", "POST", APPEALS, JSON, op("topicCode", "{}"));
        add("type", "districtCode is an array", "operator", "POST", APPEALS, JSON, op("districtCode", "[\"PVL\"]"));
        add("type", "text is an object", "operator", "POST", APPEALS, JSON, op("text", "{\"a\":1}"));
        add("type", "text missing", "operator", "POST", APPEALS, JSON, op("text", null));
        add("type", "applicant is a string", "operator", "POST", APPEALS, JSON, op("applicant", q("Aigerim")));
        add("type", "applicant is an array", "operator", "POST", APPEALS, JSON, op("applicant", "[]"));
        add("type", "applicant missing", "operator", "POST", APPEALS, JSON, op("applicant", null));
        add("type", "unknown applicant kind", "operator", "POST", APPEALS, JSON, opApplicant("kind", q("PERSON")));
        add("type", "signatories is a word", "operator", "POST", APPEALS, JSON, op("signatories", q("two")));
        add("type", "receptionId is a word", "operator", "POST", APPEALS, JSON, op("receptionId", q("abc")));
        add("type", "receivedAt is not a date", "office", "POST", APPEALS, JSON, withReceived(q("yesterday")));
        add("type", "receivedAt is an impossible date", "office", "POST", APPEALS, JSON, withReceived(q("2026-13-45T25:61:00+05:00")));
        add("type", "groups is a string", "operator", "POST", APPEALS, JSON, opApplicant("groups", q("PENSIONER")));
        add("type", "unknown applicant group", "operator", "POST", APPEALS, JSON, opApplicant("groups", "[\"KING\"]"));
        add("type", "fullName is an object", "operator", "POST", APPEALS, JSON, opApplicant("fullName", "{\"first\":\"A\"}"));
        add("type", "phone is an array", "operator", "POST", APPEALS, JSON, opApplicant("phone", "[\"+77012345678\"]"));
        // --- unknown fields (no mass assignment)
        add("unknown", "id", "operator", "POST", APPEALS, JSON, op("id", "5"));
        add("unknown", "status", "operator", "POST", APPEALS, JSON, op("status", q("CLOSED")));
        add("unknown", "registrationNumber", "operator", "POST", APPEALS, JSON, op("registrationNumber", q("2026-PVL-000001")));
        add("unknown", "outcome", "operator", "POST", APPEALS, JSON, op("outcome", q("POSITIVE")));
        add("unknown", "agencyCode", "operator", "POST", APPEALS, JSON, op("agencyCode", q("PVL-HOUSING")));
        add("unknown", "createdBy", "operator", "POST", APPEALS, JSON, op("createdBy", q("admin")));
        add("unknown", "__proto__", "operator", "POST", APPEALS, JSON, op("__proto__", "{\"admin\":true}"));
        add("unknown", "applicant.admin", "operator", "POST", APPEALS, JSON, opApplicant("admin", "true"));
        // --- sizes
        add("size", "text of 10001 characters", "operator", "POST", APPEALS, JSON, op("text", q("a".repeat(10_001))));
        add("size", "body of 2 MB", "operator", "POST", APPEALS, JSON, op("text", q("b".repeat(2_000_000))));
        add("size", "100000 applicant groups (1.3 MB)", "operator", "POST", APPEALS, JSON,
                opApplicant("groups", "[" + "\"PENSIONER\",".repeat(100_000) + "\"YOUTH\"]"));
        add("size", "fullName of 301 characters", "operator", "POST", APPEALS, JSON, opApplicant("fullName", q("N".repeat(301))));
        add("size", "postalAddress of 501 characters", "operator", "POST", APPEALS, JSON, opApplicant("postalAddress", q("A".repeat(501))));
        add("size", "email of 300 characters", "operator", "POST", APPEALS, JSON, opApplicant("email", q("e".repeat(290) + "@mail.kz")));
        add("size", "Idempotency-Key of 201 characters", "operator", "POST", APPEALS, JSON, valid, "Idempotency-Key", "k".repeat(201));
        add("size", "text of 9 characters", "operator", "POST", APPEALS, JSON, op("text", q("too short")));
        // --- identification numbers
        String good = Load.iin(ThreadLocalRandom.current());
        add("iin", "wrong check digit", "operator", "POST", APPEALS, JSON, opApplicant("iin", q(wrongCheck(good))));
        add("iin", "11 digits", "operator", "POST", APPEALS, JSON, opApplicant("iin", q(good.substring(0, 11))));
        add("iin", "13 digits", "operator", "POST", APPEALS, JSON, opApplicant("iin", q(good + "1")));
        add("iin", "a letter", "operator", "POST", APPEALS, JSON, opApplicant("iin", q(good.substring(0, 11) + "A")));
        add("iin", "month 13 (valid check digit)", "operator", "POST", APPEALS, JSON, opApplicant("iin", q(validIinWith("901301", '3'))));
        add("iin", "day 32 (valid check digit)", "operator", "POST", APPEALS, JSON, opApplicant("iin", q(validIinWith("900132", '3'))));
        add("iin", "century digit 7 (valid check digit)", "operator", "POST", APPEALS, JSON, opApplicant("iin", q(validIinWith("900101", '7'))));
        add("iin", "fullwidth digits", "operator", "POST", APPEALS, JSON, opApplicant("iin", q(fullwidth(good))));
        add("iin", "with spaces", "operator", "POST", APPEALS, JSON, opApplicant("iin", q(good.substring(0, 6) + " " + good.substring(6))));
        add("iin", "empty string", "operator", "POST", APPEALS, JSON, opApplicant("iin", q("")));
        add("iin", "SQL fragment", "operator", "POST", APPEALS, JSON, opApplicant("iin", q("1' OR '1'='1")));
        add("iin", "legal entity without BIN", "operator", "POST", APPEALS, JSON,
                op("applicant", applicantOnly("kind", q("LEGAL_ENTITY"), "fullName", q("LLP Aru"), "phone", q("+77012345678"))));
        add("iin", "legal entity with a wrong BIN check digit", "operator", "POST", APPEALS, JSON,
                op("applicant", applicantOnly("kind", q("LEGAL_ENTITY"), "fullName", q("LLP Aru"), "bin", q(wrongCheck(good)))));
        add("iin", "individual with a BIN", "operator", "POST", APPEALS, JSON, opApplicant("bin", q(good)));
        // --- applicant rules
        add("applicant", "anonymous complaint", "operator", "POST", APPEALS, JSON,
                op("applicant", applicantOnly("kind", q("ANONYMOUS"), "phone", q("+77012345678"))));
        Map<String, String> anonymous = appeal("CALL_CENTER", "PVL");
        anonymous.put("type", q("REPORT"));
        anonymous.put("applicant", applicantOnly("kind", q("ANONYMOUS"), "fullName", q("Aigerim")));
        add("applicant", "anonymous report with a name", "operator", "POST", APPEALS, JSON, json(anonymous));
        add("applicant", "individual without a name", "operator", "POST", APPEALS, JSON, opApplicant("fullName", null));
        add("applicant", "individual with a blank name", "operator", "POST", APPEALS, JSON, opApplicant("fullName", q("   ")));
        add("applicant", "no way to answer", "operator", "POST", APPEALS, JSON,
                op("applicant", applicantOnly("kind", q("INDIVIDUAL"), "fullName", q("Aigerim Sadykova"))));
        add("applicant", "phone 123", "operator", "POST", APPEALS, JSON, opApplicant("phone", q("123")));
        add("applicant", "phone of letters", "operator", "POST", APPEALS, JSON, opApplicant("phone", q("call me maybe")));
        add("applicant", "phone of 40 characters", "operator", "POST", APPEALS, JSON, opApplicant("phone", q("+7701" + "1".repeat(35))));
        add("applicant", "impossible Kazakh number", "operator", "POST", APPEALS, JSON, opApplicant("phone", q("+7 000 000 00 00")));
        add("applicant", "e-mail without @", "operator", "POST", APPEALS, JSON, opApplicant("email", q("not-an-email")));
        add("applicant", "e-mail without a domain dot", "operator", "POST", APPEALS, JSON, opApplicant("email", q("a@b")));
        add("applicant", "e-mail with a script", "operator", "POST", APPEALS, JSON, opApplicant("email", q("<script>@x.kz")));
        add("applicant", "signatories 1", "operator", "POST", APPEALS, JSON, op("signatories", "1"));
        add("applicant", "signatories 0", "operator", "POST", APPEALS, JSON, op("signatories", "0"));
        add("applicant", "signatories -5", "operator", "POST", APPEALS, JSON, op("signatories", "-5"));
        add("applicant", "RECEPTION without receptionId", "office", "POST", APPEALS, JSON, json(appeal("RECEPTION", "PVL")));
        Map<String, String> written = appeal("WRITTEN", "PVL");
        written.put("receptionId", Long.toString(otherDistrictReception));
        add("applicant", "WRITTEN with a receptionId", "office", "POST", APPEALS, JSON, json(written));
        // --- dates
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(5)).withNano(0);
        add("date", "operator gives receivedAt", "operator", "POST", APPEALS, JSON, op("receivedAt", q(now.minusHours(1).toString())));
        add("date", "receivedAt tomorrow", "office", "POST", APPEALS, JSON, withReceived(q(now.plusDays(1).toString())));
        add("date", "receivedAt in 2999", "office", "POST", APPEALS, JSON, withReceived(q("2999-01-01T10:00:00+05:00")));
        add("date", "receivedAt 40 days back", "office", "POST", APPEALS, JSON, withReceived(q(now.minusDays(40).toString())));
        add("date", "receivedAt in year 0", "office", "POST", APPEALS, JSON, withReceived(q("0000-01-01T00:00:00Z")));
        // --- catalogue codes, SQL and script fragments where codes are expected, unicode
        add("code", "topicCode with an SQL fragment", "operator", "POST", APPEALS, JSON, op("topicCode", q("HOUSING_QUEUE' OR '1'='1")));
        add("code", "districtCode with DROP TABLE", "operator", "POST", APPEALS, JSON, op("districtCode", q("PVL'; DROP TABLE appeal;--")));
        add("code", "topicCode with a script", "operator", "POST", APPEALS, JSON, op("topicCode", q("<script>alert(1)</script>")));
        add("code", "districtCode in lower case", "operator", "POST", APPEALS, JSON, op("districtCode", q("pvl")));
        add("code", "unknown topic", "operator", "POST", APPEALS, JSON, op("topicCode", q("NO_SUCH_TOPIC")));
        add("code", "empty districtCode", "operator", "POST", APPEALS, JSON, op("districtCode", q("")));
        add("unicode", "districtCode with an emoji", "operator", "POST", APPEALS, JSON, op("districtCode", q("PVL\ud83d\ude00")));
        add("unicode", "topicCode with a NUL character", "operator", "POST", APPEALS, JSON, op("topicCode", q("UTIL_HEATING\u0000")));
        add("unicode", "topicCode with a combining accent", "operator", "POST", APPEALS, JSON, op("topicCode", q("UTIL_HEATI\u0301NG")));
        add("unicode", "text with a NUL character", "operator", "POST", APPEALS, JSON,
                op("text", "\"No heating in building 12\\u0000 since Monday, please help.\""));
        add("unicode", "text of ideographic spaces only", "operator", "POST", APPEALS, JSON, op("text", q("\u3000".repeat(30))));
        add("unicode", "text with a lone surrogate", "operator", "POST", APPEALS, JSON,
                op("text", "\"No heating in building 12 \\ud800 since Monday, please help.\""));
        add("unicode", "fullName of a lone low surrogate", "operator", "POST", APPEALS, JSON, opApplicant("fullName", "\"\\udc00\""));
        // --- other endpoints
        String history = "/api/v1/applicants/history";
        add("history", "no iin and no phone", "operator", "GET", history, null, null);
        add("history", "iin 123", "operator", "GET", history + "?iin=123", null, null);
        add("history", "iin with an SQL fragment", "operator", "GET", history + "?iin=%27%20OR%201%3D1--", null, null);
        add("history", "phone of letters", "operator", "GET", history + "?phone=abc", null, null);
        add("history", "analyst reads personal data", "analyst", "GET", history + "?iin=" + good, null, null);
        add("history", "portal reads personal data", "portal", "GET", history + "?iin=" + good, null, null);
        add("history", "executor reads personal data", "executor", "GET", history + "?iin=" + good, null, null);
        add("history", "no token", null, "GET", history + "?iin=" + good, null, null);
        add("calendar", "year abc", "operator", "GET", "/api/v1/calendar?year=abc", null, null);
        add("calendar", "year 99999", "operator", "GET", "/api/v1/calendar?year=99999", null, null);
        add("calendar", "impossible date", "admin", "PUT", "/api/v1/calendar/2026-13-01", JSON, "{\"kind\":\"HOLIDAY\",\"name\":\"x\"}");
        add("calendar", "operator changes the calendar", "operator", "PUT", "/api/v1/calendar/2026-12-30", JSON, "{\"kind\":\"HOLIDAY\",\"name\":\"x\"}");
        add("calendar", "malformed body", "admin", "PUT", "/api/v1/calendar/2026-12-30", JSON, "{\"kind\":");
        add("calendar", "unknown kind", "admin", "PUT", "/api/v1/calendar/2026-12-30", JSON, "{\"kind\":\"FIESTA\",\"name\":\"x\"}");
        add("calendar", "name with an SQL fragment and no kind", "admin", "PUT", "/api/v1/calendar/2026-12-30", JSON,
                "{\"name\":\"x'); DELETE FROM calendar_day;--\"}");
        add("calendar", "delete a non-date", "admin", "DELETE", "/api/v1/calendar/not-a-date", null, null);
        add("calendar", "operator deletes a day", "operator", "DELETE", "/api/v1/calendar/2026-12-16", null, null);
        add("catalogue", "operator adds a district", "operator", "POST", "/api/v1/districts", JSON, "{\"code\":\"ZZ\",\"name\":\"Z\",\"kind\":\"CITY\"}");
        add("catalogue", "district without fields", "admin", "POST", "/api/v1/districts", JSON, "{}");
        add("catalogue", "district code with an SQL fragment", "admin", "POST", "/api/v1/districts", JSON,
                "{\"code\":\"ZZ'; DROP TABLE district;--\",\"name\":\"Z\",\"kind\":\"CITY\"}");
        add("catalogue", "district of an unknown kind", "admin", "POST", "/api/v1/districts", JSON, "{\"code\":\"ZZ\",\"name\":\"Z\",\"kind\":\"VILLAGE\"}");
        add("catalogue", "district with an unknown field", "admin", "POST", "/api/v1/districts", JSON,
                "{\"code\":\"ZZ\",\"name\":\"Z\",\"kind\":\"CITY\",\"version\":7}");
        add("catalogue", "operator renames a district", "operator", "PUT", "/api/v1/districts/PVL", JSON, "{\"name\":\"Hacked\"}");
        add("catalogue", "empty district name", "admin", "PUT", "/api/v1/districts/PVL", JSON, "{\"name\":\"\"}");
        add("catalogue", "analyst adds a topic", "analyst", "POST", "/api/v1/topics", JSON, "{\"code\":\"ZZ\"}");
        add("catalogue", "official id is not a number", "admin", "PUT", "/api/v1/officials/abc", JSON, "{\"name\":\"x\"}");
        add("catalogue", "catalogue without a token", null, "GET", "/api/v1/topics", null, null);
        add("public", "tracking without an access code", null, "GET", "/api/v1/public/appeals/2025-PVL-000001", null, null);
        add("public", "tracking a number with an SQL fragment", null, "GET", "/api/v1/public/appeals/%27%20OR%201%3D1--", null, null,
                "X-Access-Code", "AAAA-BBBB-CCCC");
        add("import", "import without a token", null, "POST", "/api/v1/imports/appeals", "application/x-ndjson", "{}\n");
        add("import", "operator imports", "operator", "POST", "/api/v1/imports/appeals", "application/x-ndjson", "{}\n");
        add("import", "import as application/json", "admin", "POST", "/api/v1/imports/appeals", JSON, "{}");
        add("import", "import as text/plain", "admin", "POST", "/api/v1/imports/appeals", "text/plain", "{}\n");
        add("method", "DELETE on the appeals collection", "operator", "DELETE", APPEALS, null, null);
        add("method", "PATCH a catalogue", "admin", "PATCH", "/api/v1/topics", JSON, "{}");
        add("path", "appeal id that is not a number", "chief", "GET", APPEALS + "/abc", null, null);
        add("path", "path traversal", "chief", "GET", "/api/v1/../../etc/passwd", null, null);

        // --- import lines: the import answers 200 with a report; each line must be rejected
        String line = "{\"externalRef\":\"BENCH-R5-%s\",\"channel\":\"WRITTEN\",\"type\":\"STATEMENT\",\"topicCode\":%s,"
                + "\"districtCode\":\"PVL\",\"text\":\"Please confirm my place in the housing queue.\",\"applicant\":"
                + "{\"kind\":\"INDIVIDUAL\",\"fullName\":\"Marat Ospanov\",\"iin\":%s},\"receivedAt\":%s%s}";
        String r = Load.RUN;
        IMPORT_LINES.add(new String[] {"malformed line", "{\"externalRef\":\"BENCH-R5-" + r + "-1\",\"channel\":"});
        IMPORT_LINES.add(new String[] {"unknown field", String.format(line, r + "-2", q("HOUSING_QUEUE"), q(good),
                q("2024-03-12T10:15:00+05:00"), ",\"status\":\"CLOSED\"")});
        IMPORT_LINES.add(new String[] {"receivedAt in the future", String.format(line, r + "-3", q("HOUSING_QUEUE"), q(good),
                q(now.plusDays(3).toString()), "")});
        IMPORT_LINES.add(new String[] {"invalid IIN", String.format(line, r + "-4", q("HOUSING_QUEUE"), q(wrongCheck(good)),
                q("2024-03-12T10:15:00+05:00"), "")});
        IMPORT_LINES.add(new String[] {"unknown topic with SQL", String.format(line, r + "-5", q("X' OR 1=1--"), q(good),
                q("2024-03-12T10:15:00+05:00"), "")});
        IMPORT_LINES.add(new String[] {"resolved before received", String.format(line, r + "-6", q("HOUSING_QUEUE"), q(good),
                q("2024-03-12T10:15:00+05:00"), ",\"resolution\":{\"agencyCode\":\"PVL-HOUSING\",\"resolvedAt\":\"2024-01-01T10:00:00+05:00\","
                        + "\"outcome\":\"POSITIVE\",\"answer\":\"ok\"}")});
        IMPORT_LINES.add(new String[] {"RECEPTION without a reception", String.format(line, r + "-7", q("HOUSING_QUEUE"), q(good),
                q("2024-03-12T10:15:00+05:00"), "").replace("WRITTEN", "RECEPTION")});
        IMPORT_LINES.add(new String[] {"unknown agency", String.format(line, r + "-8", q("HOUSING_QUEUE"), q(good),
                q("2024-03-12T10:15:00+05:00"), ",\"resolution\":{\"agencyCode\":\"NOPE\",\"resolvedAt\":\"2024-03-20T10:00:00+05:00\","
                        + "\"outcome\":\"POSITIVE\",\"answer\":\"ok\"}")});

        // --- valid appeals whose text holds SQL or script fragments: stored verbatim as text
        VERBATIM.add(new String[] {"SQL comment injection", "'; DROP TABLE appeal; -- please fix the heating in our building"});
        VERBATIM.add(new String[] {"script tag", "<script>alert('x')</script> the road near school No. 12 is broken"});
        VERBATIM.add(new String[] {"classic Bobby Tables", "Robert'); DROP TABLE Students;-- and the street lighting is broken"});
        VERBATIM.add(new String[] {"template and JNDI lookups", "{{7*7}} ${jndi:ldap://127.0.0.1/a} #{1+1} no cold water since Friday"});
        VERBATIM.add(new String[] {"SQL sleep", "1 OR 1=1; SELECT pg_sleep(10); -- the water supply is cut every evening"});
        VERBATIM.add(new String[] {"HTML event handler", "<img src=x onerror=alert(1)> the garbage is not collected"});
        VERBATIM.add(new String[] {"Cyrillic, Kazakh and emoji", "В доме № 5 нет тепла — просим помочь 🙏 Үйде жылу жоқ, көмектесіңіздер"});
        VERBATIM.add(new String[] {"zero-width and bidi controls", "heating\u200b is broken \u202ereversed\u202c in flat 7, please check"});
        VERBATIM.add(new String[] {"quotes and backslashes", "He said \"no\" \\ and left; C:\\temp\\x 'quoted' text here"});
    }

    static String withReceived(String raw) {
        Map<String, String> m = appeal("WRITTEN", "PVL");
        m.put("receivedAt", raw);
        return json(m);
    }

    static String fullwidth(String digits) {
        StringBuilder b = new StringBuilder();
        for (char c : digits.toCharArray()) {
            b.append((char) ('\uff10' + (c - '0')));
        }
        return b.toString();
    }

    static byte[] splice(String body, String at, byte[] insert) {
        int i = body.indexOf(at);
        byte[] head = body.substring(0, i).getBytes(StandardCharsets.UTF_8);
        byte[] tail = body.substring(i).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + insert.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(insert, 0, out, head.length, insert.length);
        System.arraycopy(tail, 0, out, head.length + insert.length, tail.length);
        return out;
    }

    // ------------------------------------------------------------------ tokens
    static String tokenFor(String user) throws Exception {
        if (user == null) {
            return null;
        }
        String op = Load.token("operator");
        String[] parts = op.split("\\.");
        return switch (user) {
            case "!garbage" -> "abc.def.ghi";
            case "!tampered" -> parts[0] + "." + parts[1] + "." + flip(parts[2]);
            case "!unsigned" -> parts[0] + "." + parts[1] + ".";
            case "!none" -> java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
            case "!basic" -> null;
            default -> Load.token(user);
        };
    }

    static String flip(String sig) {
        char c = sig.charAt(sig.length() / 2);
        return sig.substring(0, sig.length() / 2) + (c == 'A' ? 'B' : 'A') + sig.substring(sig.length() / 2 + 1);
    }

    // ------------------------------------------------------------------ snapshots
    static Map<String, long[]> snapshot(Connection c, long sinceXid) throws Exception {
        Map<String, long[]> out = new LinkedHashMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select c.relname, exists (select 1 from pg_attribute a where a.attrelid = c.oid"
                     + " and a.attname = 'id' and a.atttypid in ('int2'::regtype, 'int4'::regtype, 'int8'::regtype)"
                     + " and not a.attisdropped) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                     + " where n.nspname = 'public' and c.relkind in ('r', 'p')"
                     // stats_* are derived from the raw tables (triggers, and a compactor that rewrites them every
                     // second): a change there without one in the raw tables is the compactor, not a bad input
                     + " and c.relname not in ('tracking_attempt', 'flyway_schema_history') and c.relname not like 'stats\\_%'"
                     + " order by 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1) + (rs.getBoolean(2) ? ":id" : ""));
            }
        }
        for (String t : tables) {
            boolean id = t.endsWith(":id");
            String name = id ? t.substring(0, t.length() - 3) : t;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select count(*), " + (id ? "coalesce(max(id), 0)" : "0")
                         + ", count(*) filter (where xmin::text::bigint >= " + sinceXid + ") from \"" + name + "\"")) {
                rs.next();
                out.put(name, new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ the run
    static void run() throws Exception {
        long otherAppeal;
        long otherReception;
        long xid;
        Map<String, long[]> before;
        try (Connection c = DriverManager.getConnection(Load.opt("jdbc", ""), Load.opt("dbuser", "postgres"), "")) {
            try (Statement s = c.createStatement()) {
                ResultSet rs = s.executeQuery("select id from appeal where district_code = 'EKB' order by id limit 1");
                otherAppeal = rs.next() ? rs.getLong(1) : 1;
                rs = s.executeQuery("select id from reception where district_code = 'EKB' order by id limit 1");
                otherReception = rs.next() ? rs.getLong(1) : 1;
                rs = s.executeQuery("select txid_current() % 4294967296");
                rs.next();
                xid = rs.getLong(1);
            }
            before = snapshot(c, xid);
        }
        catalogue(otherAppeal, otherReception);
        int okCases = 0;
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        Map<String, int[]> groups = new LinkedHashMap<>();
        try (Load.Http http = new Load.Http()) {
            for (Case k : CASES) {
                String tok = tokenFor(k.user);
                String[] headers = k.headers;
                if ("!basic".equals(k.user)) {
                    headers = concat(headers, "Authorization", "Basic b3BlcmF0b3I6b3BlcmF0b3I=");
                }
                Load.Resp resp;
                try {
                    resp = http.send(k.method, k.path, tok, k.contentType, k.body, headers);
                } catch (Exception e) {
                    failures.add(k.group + "/" + k.name + ": no answer (" + e.getMessage() + ")");
                    continue;
                }
                statuses.merge(resp.status(), 1, Integer::sum);
                String ct = resp.header("content-type");
                boolean problem = ct != null && ct.startsWith("application/problem+json")
                        && resp.text().contains("\"status\"") && resp.text().contains("\"title\"");
                boolean leak = resp.text().contains("Exception") || resp.text().contains("at kz.appeals")
                        || resp.text().toLowerCase().contains("sqlstate") || resp.text().contains("org.hibernate");
                boolean ok = resp.status() >= 400 && resp.status() < 500 && problem && !leak;
                groups.computeIfAbsent(k.group, g -> new int[2])[ok ? 0 : 1]++;
                if (ok) {
                    okCases++;
                } else {
                    failures.add(k.group + "/" + k.name + ": " + resp.status() + " " + ct + (leak ? " (leaks internals)" : "")
                            + " " + abbreviate(resp.text()));
                }
            }
            // import lines
            int linesRejected = 0;
            for (String[] l : IMPORT_LINES) {
                Load.Resp resp = http.send("POST", "/api/v1/imports/appeals", Load.token("admin"), "application/x-ndjson",
                        (l[1] + "\n").getBytes(StandardCharsets.UTF_8));
                String t = resp.text().replace(" ", "");
                boolean rejected = resp.status() == 200 && t.contains("\"imported\":0") && t.contains("\"rejected\":1")
                        || resp.status() >= 400 && resp.status() < 500;
                if (rejected) {
                    linesRejected++;
                } else {
                    failures.add("import-line/" + l[0] + ": " + resp.status() + " " + abbreviate(resp.text()));
                }
            }
            Map<String, long[]> after;
            List<String> changed = new ArrayList<>();
            try (Connection c = DriverManager.getConnection(Load.opt("jdbc", ""), Load.opt("dbuser", "postgres"), "")) {
                after = snapshot(c, xid);
            }
            for (Map.Entry<String, long[]> e : before.entrySet()) {
                long[] b = e.getValue();
                long[] a = after.getOrDefault(e.getKey(), new long[] {-1, -1, -1});
                // the notice dispatcher marks the outbox's rows sent in the background (the registrations of
                // S1 and S5 owe notices): on notice only a new row is a change made by a bad input
                boolean background = e.getKey().equals("notice");
                if (a[0] != b[0] || !background && (a[1] != b[1] || a[2] != b[2])) {
                    changed.add(e.getKey() + "(rows " + b[0] + "->" + a[0] + ", written since " + b[2] + "->" + a[2] + ")");
                }
            }
            // valid appeals with SQL/script text: stored verbatim
            int verbatim = 0;
            String operator = Load.token("operator");
            try (Connection c = DriverManager.getConnection(Load.opt("jdbc", ""), Load.opt("dbuser", "postgres"), "")) {
                for (String[] v : VERBATIM) {
                    Map<String, String> m = appeal("CALL_CENTER", "PVL");
                    m.put("text", q(v[1]));
                    Load.Resp resp = http.send("POST", APPEALS, operator, JSON, json(m).getBytes(StandardCharsets.UTF_8));
                    long id = resp.status() == 201 ? Load.idOf(resp) : -1;
                    String stored = null;
                    if (id > 0) {
                        try (PreparedStatement ps = c.prepareStatement("select text from appeal where id = ?")) {
                            ps.setLong(1, id);
                            try (ResultSet rs = ps.executeQuery()) {
                                stored = rs.next() ? rs.getString(1) : null;
                            }
                        }
                    }
                    if (v[1].strip().equals(stored)) {
                        verbatim++;
                    } else {
                        failures.add("verbatim/" + v[0] + ": " + resp.status() + " stored " + (stored == null ? "nothing" : "a different text"));
                    }
                }
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("cases", CASES.size());
            m.put("ok_4xx_problem", okCases);
            m.put("s5xx", statuses.entrySet().stream().filter(x -> x.getKey() >= 500).mapToInt(Map.Entry::getValue).sum());
            m.put("statuses", statuses.toString().replace(" ", "").replace("=", "x"));
            m.put("import_lines", IMPORT_LINES.size());
            m.put("import_lines_rejected", linesRejected);
            m.put("tables_checked", before.size());
            m.put("tables_changed", changed.size());
            m.put("verbatim_cases", VERBATIM.size());
            m.put("verbatim_201", verbatim);
            for (String f : failures) {
                System.err.println("R5 FAIL " + f);
            }
            for (String ch : changed) {
                System.err.println("R5 CHANGED " + ch);
            }
            groups.forEach((g, n) -> System.err.printf("R5 group %-10s ok %3d fail %d%n", g, n[0], n[1]));
            if (Load.OPT.containsKey("report")) {
                try (java.io.PrintWriter w = new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(java.nio.file.Path.of(Load.opt("report", ""))))) {
                    for (Case k : CASES) {
                        w.println(k.group + "\t" + k.name + "\t" + (k.user == null ? "-" : k.user) + "\t" + k.method + " " + k.path);
                    }
                    failures.forEach(f -> w.println("FAIL\t" + f));
                    changed.forEach(f -> w.println("CHANGED\t" + f));
                }
            }
            Load.result(m);
        }
    }

    static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static String abbreviate(String s) {
        s = s.replaceAll("\\s+", " ");
        return s.length() > 160 ? s.substring(0, 160) + "..." : s;
    }
}
