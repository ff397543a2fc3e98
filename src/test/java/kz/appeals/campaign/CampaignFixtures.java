package kz.appeals.campaign;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import kz.appeals.common.RegionTime;
import kz.appeals.support.Tokens;

/** Campaigns, officials, receptions and appeals that each campaign test makes for itself, through the API. */
final class CampaignFixtures {
    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

    private CampaignFixtures() {
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType("application/json");
    }

    static RequestSpecification withToken(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    /** A signed token of a role with the given district claim (null: none). */
    static String token(String role, Object district) {
        JwtClaimsBuilder claims = Tokens.claims("campaign-test-" + SEQ.incrementAndGet(), role);
        if (district != null) {
            claims.claim("district", district);
        }
        return Tokens.sign(claims);
    }

    /** A campaign code no other test uses. */
    static String code() {
        return ("T-" + Long.toString(System.nanoTime(), 36) + "-" + SEQ.incrementAndGet()).toUpperCase(Locale.ROOT);
    }

    static LocalDate today() {
        return RegionTime.localDate(Instant.now());
    }

    static OffsetDateTime at(LocalDate day, int hour) {
        return OffsetDateTime.of(day, LocalTime.of(hour, 0), RegionTime.ZONE);
    }

    /** A body of POST /campaigns. */
    static String body(String code, String kind, LocalDate from, LocalDate to, List<String> districts, String extra) {
        return "{" + (code == null ? "" : "\"code\": \"" + code + "\", ")
                + "\"name\": {\"ru\": \"Неделя поддержки семьи " + code + "\", \"kk\": \"Отбасын қолдау апталығы " + code + "\"},"
                + " \"kind\": \"" + kind + "\", \"from\": \"" + from + "\", \"to\": \"" + to + "\","
                + " \"districts\": [" + String.join(", ", districts.stream().map(d -> "\"" + d + "\"").toList()) + "]"
                + (extra == null ? "" : ", " + extra) + "}";
    }

    static Response create(String user, String code, LocalDate from, LocalDate to, String... districts) {
        return as(user).body(body(code, "THEMED_WEEK", from, to, List.of(districts), null)).post("/api/v1/campaigns");
    }

    /** A campaign running from three days ago to a week ahead in the districts, made by the admin: its code. */
    static String running(String... districts) {
        String code = code();
        create("admin", code, today().minusDays(3), today().plusDays(7), districts).then().statusCode(201);
        return code;
    }

    static String etag(String code) {
        return as("admin").get("/api/v1/campaigns/" + code).then().statusCode(200).extract().header("ETag");
    }

    /** A new active official of a district, so that receptions of different tests never overlap. */
    static long official(String district) {
        Number id = as("admin").body("{\"fullName\": \"Campaign Official " + SEQ.incrementAndGet()
                        + "\", \"position\": \"Test position\", \"officialType\": \"AGENCY_HEAD\", \"districtCode\": \""
                        + district + "\"}")
                .post("/api/v1/officials").then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    /** POST /receptions of a THEMATIC reception; {@code campaign} is the JSON of its campaign fields. */
    static Response schedule(String user, String district, OffsetDateTime at, String campaign) {
        return as(user).body("{\"officialId\": " + official(district) + ", \"districtCode\": \"" + district + "\","
                        + " \"format\": \"THEMATIC\", \"scheduledAt\": \"" + at + "\"" + (campaign == null ? "" : ", " + campaign)
                        + "}")
                .post("/api/v1/receptions");
    }

    static long reception(String user, String district, String code) {
        Number id = schedule(user, district, at(today(), 10), "\"campaignCode\": \"" + code + "\"")
                .then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    /** POST /appeals as the user, with the given channel and extra JSON fields. */
    static Response appeal(String user, String channel, String district, String extra) {
        return as(user).body("{\"channel\": \"" + channel + "\", \"type\": \"STATEMENT\","
                        + " \"topicCode\": \"HOUSING_QUEUE\", \"districtCode\": \"" + district + "\","
                        + " \"text\": \"Please tell me about benefits for large families.\","
                        + " \"applicant\": {\"kind\": \"INDIVIDUAL\", \"fullName\": \"Test Citizen\", \"phone\": \"+77012345678\"}"
                        + (extra == null ? "" : ", " + extra) + "}")
                .post("/api/v1/appeals");
    }

    static long appealId(Response response) {
        return ((Number) response.then().statusCode(201).extract().path("id")).longValue();
    }
}
