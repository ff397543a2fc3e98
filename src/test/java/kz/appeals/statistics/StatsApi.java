package kz.appeals.statistics;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.appeals.support.Tokens;

/** Calls /stats and reads its answer into the shape of {@link StatsRecount}'s results. */
final class StatsApi {

    /** One period of an answer: its total and its groups, figures in canonical form. */
    record PeriodFigures(LocalDate from, LocalDate to, Map<String, String> total, Map<String, Map<String, String>> groups) {
    }

    private StatsApi() {
    }

    /** Imports NDJSON lines as admin and expects every line to be imported. */
    static void importLines(String... lines) {
        given().auth().oauth2(Tokens.of("admin")).contentType("application/x-ndjson")
                .body((String.join("\n", lines) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/imports/appeals")
                .then().statusCode(200).body("imported", org.hamcrest.Matchers.equalTo(lines.length));
    }

    /**
     * One import line: a written statement in the district, received then, answered positively when resolvedAt
     * is given: by PVL-HOUSING in PVL, elsewhere by the region's akimat (the import takes an agency of the
     * appeal's district or a region-level one only).
     */
    static String line(String ref, String district, String receivedAt, String resolvedAt) {
        String agency = "PVL".equals(district) ? "PVL-HOUSING" : "REG-AKIMAT";
        return "{\"externalRef\":\"" + ref + "\",\"channel\":\"WRITTEN\",\"type\":\"STATEMENT\","
                + "\"topicCode\":\"HOUSING_QUEUE\",\"districtCode\":\"" + district + "\","
                + "\"text\":\"Please confirm my place in the housing queue.\","
                + "\"applicant\":{\"kind\":\"INDIVIDUAL\",\"fullName\":\"Marat Ospanov\",\"iin\":\""
                + kz.appeals.support.IntakeFixtures.newIin() + "\"},\"receivedAt\":\"" + receivedAt + "\""
                + (resolvedAt == null ? "" : ",\"resolution\":{\"agencyCode\":\"" + agency + "\",\"resolvedAt\":\""
                + resolvedAt + "\",\"outcome\":\"POSITIVE\",\"answer\":\"Your place is confirmed.\"}") + "}";
    }

    /** The total of the period asked for, figures in canonical form. */
    static Map<String, String> total(String user, String query) {
        return periods(get(user, "appeals", query), StatsRecount.APPEAL_FIGURES).get(0).total();
    }

    static String get(String user, String path, String query) {
        return given().auth().oauth2(Tokens.of(user)).accept("application/json")
                .get("/api/v1/stats/" + path + "?" + query)
                .then().statusCode(200).contentType("application/json").extract().asString();
    }

    /** The answer's periods: the one asked for first, then the comparisons in order. */
    static List<PeriodFigures> periods(String body, List<String> figures) {
        JsonPath json = new JsonPath(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        List<PeriodFigures> out = new ArrayList<>();
        out.add(period(json.getMap(""), figures));
        List<Map<String, Object>> comparisons = json.getList("comparisons");
        comparisons.forEach(c -> out.add(period(c, figures)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static PeriodFigures period(Map<String, Object> node, List<String> figures) {
        Map<String, Map<String, String>> groups = new TreeMap<>();
        for (Map<String, Object> g : (List<Map<String, Object>>) node.get("groups")) {
            groups.put((String) g.get("key"), figures(g, figures));
        }
        return new PeriodFigures(LocalDate.parse((String) node.get("from")), LocalDate.parse((String) node.get("to")),
                figures((Map<String, Object>) node.get("total"), figures), groups);
    }

    private static Map<String, String> figures(Map<String, Object> node, List<String> names) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        names.forEach(n -> out.put(n, StatsRecount.canonical(node.get(n))));
        return out;
    }
}
