package kz.appeals.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Who may read statistics and what they see; invalid queries; the CSV form. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class StatsAccessTest {
    private static final String YEAR = "from=2024-01-01&to=2024-12-31";

    private static ValidatableResponse get(String token, String path) {
        return given().auth().oauth2(token).get("/api/v1/stats/" + path).then();
    }

    @ParameterizedTest(name = "GET /stats/appeals as {0} answers 403")
    @ValueSource(strings = {"operator", "office", "executor", "portaluser"})
    void otherRolesAreForbidden(String user) {
        get(Tokens.of(user), "appeals?" + YEAR).statusCode(403).contentType("application/problem+json");
        get(Tokens.of(user), "receptions?" + YEAR).statusCode(403).contentType("application/problem+json");
    }

    @Test
    @DisplayName("GET /stats/receptions with the portal's service token answers 403; without a token 401")
    void portalAndAnonymous() {
        get(Tokens.portal(), "receptions?" + YEAR).statusCode(403);
        given().get("/api/v1/stats/appeals?" + YEAR).then().statusCode(401).contentType("application/problem+json");
    }

    @ParameterizedTest(name = "GET /stats as {0} answers 200")
    @ValueSource(strings = {"analyst", "admin", "supervisor", "chief"})
    void statisticsRolesRead(String user) {
        get(Tokens.of(user), "appeals?" + YEAR + "&groupBy=type").statusCode(200).body("from", equalTo("2024-01-01"));
        get(Tokens.of(user), "receptions?" + YEAR + "&groupBy=format").statusCode(200).body("to", equalTo("2024-12-31"));
    }

    @Test
    @DisplayName("a supervisor of Pavlodar sees Pavlodar's figures only; the chief supervisor and the analyst see the region")
    void supervisorsDistricts() {
        String day = "from=2024-08-13&to=2024-08-13&groupBy=districtCode";
        StatsApi.importLines(StatsApi.line("A-" + UUID.randomUUID(), "PVL", "2024-08-13T10:00:00+05:00", null),
                StatsApi.line("A-" + UUID.randomUUID(), "EKB", "2024-08-13T10:00:00+05:00", null));
        StatsApi.PeriodFigures own = StatsApi.periods(StatsApi.get("supervisor", "appeals", day), StatsRecount.APPEAL_FIGURES).get(0);
        StatsApi.PeriodFigures region = StatsApi.periods(StatsApi.get("chief", "appeals", day), StatsRecount.APPEAL_FIGURES).get(0);
        assertThat(own.groups()).containsOnlyKeys("PVL");
        assertThat(region.groups()).containsKeys("PVL", "EKB");
        assertThat(own.total()).isEqualTo(region.groups().get("PVL"));
        assertThat(StatsApi.get("analyst", "appeals", day)).isEqualTo(StatsApi.get("chief", "appeals", day));

        String receptions = YEAR + "&groupBy=districtCode";
        assertThat(StatsApi.periods(StatsApi.get("supervisor2", "receptions", receptions), StatsRecount.RECEPTION_FIGURES)
                .get(0).groups().keySet()).isSubsetOf("EKB");
    }

    @ParameterizedTest(name = "GET /stats/{0}?{1} answers 400 naming {2}")
    @CsvSource(delimiter = '|', value = {
            "appeals|from=2025-02-01&to=2025-01-31|to",
            "appeals|from=2015-01-01&to=2025-01-01|to",
            "appeals|from=2025-13-01&to=2025-12-31|from",
            "appeals|from=yesterday&to=2025-12-31|from",
            "appeals|to=2025-12-31|from",
            "appeals|from=2025-01-01|to",
            "appeals|from=2025-01-01&to=2025-12-31&groupBy=officialType|groupBy",
            "appeals|from=2025-01-01&to=2025-12-31&compareYears=11|compareYears",
            "appeals|from=2025-01-01&to=2025-12-31&compareYears=-1|compareYears",
            "appeals|from=2025-01-01&to=2025-12-31&compareYears=two|compareYears",
            "receptions|from=2025-01-01&to=2025-12-31&groupBy=channel|groupBy",
            "receptions|from=2025-02-01&to=2025-01-31|to"})
    void invalidQueries(String path, String query, String field) {
        get(Tokens.of("analyst"), path + "?" + query).statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("errors.field", hasItem(field));
    }

    @Test
    @DisplayName("GET /stats/appeals for exactly 10 years answers 200")
    void tenYears() {
        get(Tokens.of("analyst"), "appeals?from=2015-01-01&to=2024-12-31&compareYears=10").statusCode(200);
    }

    @ParameterizedTest(name = "GET /stats/{0} with Accept: text/csv gives the JSON's figures")
    @CsvSource({"appeals,channel", "appeals,applicantGroup", "appeals,", "receptions,officialType"})
    void csvEqualsJson(String path, String groupBy) {
        StatsApi.importLines(StatsApi.line("C-" + UUID.randomUUID(), "AKT", "2024-09-10T10:00:00+05:00",
                "2024-09-20T10:00:00+05:00"));
        String query = YEAR + "&compareYears=2" + (groupBy == null ? "" : "&groupBy=" + groupBy);
        List<String> names = path.equals("appeals") ? StatsRecount.APPEAL_FIGURES : StatsRecount.RECEPTION_FIGURES;
        String json = StatsApi.get("analyst", path, query);
        String csv = given().auth().oauth2(Tokens.of("analyst")).accept("text/csv").get("/api/v1/stats/" + path + "?" + query)
                .then().statusCode(200).contentType("text/csv").extract().asString();

        String[] lines = csv.split("\r\n", -1);
        assertThat(lines[lines.length - 1]).as("the last line ends with CRLF").isEmpty();
        List<String> header = List.of(lines[0].split(","));
        assertThat(header.subList(0, 6)).containsExactly("period", "level", "key", "kind", "nameRu", "nameKk");
        assertThat(header.subList(6, header.size())).containsExactlyElementsOf(names);

        List<String> expected = new ArrayList<>();
        for (StatsApi.PeriodFigures p : StatsApi.periods(json, names)) {
            expected.add(row(p.from() + "/" + p.to(), "total", "", p.total(), names));
            p.groups().forEach((key, figures) -> expected.add(row(p.from() + "/" + p.to(), "group", key, figures, names)));
        }
        List<String> actual = new ArrayList<>();
        for (int i = 1; i < lines.length - 1; i++) {
            String[] fields = lines[i].split(",", -1);
            StringBuilder canonical = new StringBuilder(fields[0] + "," + fields[1] + "," + fields[2]);
            // a campaign's kind and names: only with groupBy=campaign
            assertThat(String.join(",", fields[3], fields[4], fields[5])).isEqualTo(",,");
            for (int f = 6; f < fields.length; f++) {
                canonical.append(',').append(StatsRecount.canonical(fields[f].isEmpty() ? null : fields[f]));
            }
            actual.add(canonical.toString());
        }
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(csv).as("rates carry 4 decimals, as in the JSON").containsPattern("\\d\\.\\d{4}(,|\r\n)");
    }

    private static String row(String period, String level, String key, Map<String, String> figures, List<String> names) {
        StringBuilder out = new StringBuilder(period + "," + level + "," + key);
        names.forEach(n -> out.append(',').append(figures.get(n)));
        return out.toString();
    }

    @Test
    @DisplayName("GET /stats/appeals with Accept: application/xml answers 406")
    void unsupportedMediaType() {
        given().auth().oauth2(Tokens.of("analyst")).accept("application/xml").get("/api/v1/stats/appeals?" + YEAR)
                .then().statusCode(406);
    }
}
