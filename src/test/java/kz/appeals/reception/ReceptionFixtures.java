package kz.appeals.reception;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import kz.appeals.common.RegionTime;
import kz.appeals.support.Tokens;

/**
 * Data each reception test makes for itself. Overlap is per official, so every test
 * schedules with an official of its own, created through the catalogue API.
 */
final class ReceptionFixtures {
    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

    private ReceptionFixtures() {
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType("application/json");
    }

    /** A new active official of the given kind, of Pavlodar. */
    static long newOfficial(String officialType) {
        return newOfficial(officialType, "PVL");
    }

    /** A new active official of the given kind and district (null: region-level, no district). */
    static long newOfficial(String officialType, String district) {
        long n = SEQ.incrementAndGet();
        Number id = as("admin")
                .body("{\"fullName\": \"Test Official " + n + "\", \"position\": \"Test position\","
                        + " \"officialType\": \"" + officialType + "\""
                        + (district == null ? "" : ", \"districtCode\": \"" + district + "\"") + "}")
                .post("/api/v1/officials").then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    /**
     * A campaign no other test uses, running in PVL from 30 days back to 30 days ahead, so that
     * filtering by it isolates a test's receptions: its code.
     */
    static String uniqueCampaign() {
        String code = "RT-" + Long.toString(System.nanoTime(), 36).toUpperCase() + "-" + SEQ.incrementAndGet();
        as("admin").body("{\"code\": \"" + code + "\", \"name\": {\"ru\": \"Test campaign " + code + "\","
                        + " \"kk\": \"Test campaign " + code + "\"}, \"kind\": \"OTHER\", \"from\": \"" + today().minusDays(30)
                        + "\", \"to\": \"" + today().plusDays(30) + "\", \"districts\": [\"PVL\"]}")
                .post("/api/v1/campaigns").then().statusCode(201);
        return code;
    }

    /** Today in the region (UTC+5), the day the service compares with. */
    static LocalDate today() {
        return RegionTime.localDate(Instant.now());
    }

    /** A start today that has passed whatever the hour: local midnight. Holding needs a reception that has begun. */
    static OffsetDateTime begun() {
        return at(today(), 0);
    }

    static OffsetDateTime at(LocalDate day, int hour) {
        return OffsetDateTime.of(day, LocalTime.of(hour, 0), RegionTime.ZONE);
    }

    static String body(long officialId, String district, OffsetDateTime from, OffsetDateTime until) {
        return "{\"officialId\": " + officialId + ", \"districtCode\": \"" + district + "\", \"format\": \"REGULAR\","
                + " \"scheduledAt\": \"" + from + "\"" + (until == null ? "" : ", \"scheduledUntil\": \"" + until + "\"") + "}";
    }

    static Response schedule(String user, long officialId, String district, OffsetDateTime from, OffsetDateTime until) {
        return as(user).body(body(officialId, district, from, until)).post("/api/v1/receptions");
    }

    /** A reception that must be scheduled: its id. */
    static long scheduled(String user, long officialId, String district, OffsetDateTime from) {
        Number id = schedule(user, officialId, district, from, null).then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    static String etag(String user, long receptionId) {
        return as(user).get("/api/v1/receptions/" + receptionId).then().statusCode(200).extract().header("ETag");
    }

    static Response hold(String user, long receptionId, String ifMatch, int citizens) {
        RequestSpecification spec = as(user).body("{\"citizensReceived\": " + citizens + "}");
        if (ifMatch != null) {
            spec.header("If-Match", ifMatch);
        }
        return spec.post("/api/v1/receptions/" + receptionId + "/holding");
    }

    static Response cancel(String user, long receptionId, String ifMatch, String reason) {
        RequestSpecification spec = as(user).body("{\"reason\": \"" + reason + "\"}");
        if (ifMatch != null) {
            spec.header("If-Match", ifMatch);
        }
        return spec.post("/api/v1/receptions/" + receptionId + "/cancellation");
    }

    /** POST /appeals with channel RECEPTION; receivedAt null means now. */
    static Response recordAppeal(String user, long receptionId, String district, OffsetDateTime receivedAt) {
        return as(user).body("{\"channel\": \"RECEPTION\", \"type\": \"STATEMENT\", \"topicCode\": \"HOUSING_QUEUE\","
                        + " \"districtCode\": \"" + district + "\", \"receptionId\": " + receptionId + ","
                        + " \"text\": \"Please put my family on the housing queue.\","
                        + (receivedAt == null ? "" : " \"receivedAt\": \"" + receivedAt + "\",")
                        + " \"applicant\": {\"kind\": \"INDIVIDUAL\", \"fullName\": \"Test Citizen\", \"phone\": \"+77012345678\"}}")
                .post("/api/v1/appeals");
    }

    static long recordedAppeal(long receptionId) {
        Number id = recordAppeal("office", receptionId, "PVL", null).then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    /** Runs the calls at the same moment, each on its own thread, and gives their HTTP statuses. */
    static List<Integer> concurrently(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
