package kz.appeals.campaign;

import static io.restassured.RestAssured.given;
import static kz.appeals.campaign.CampaignFixtures.as;
import static kz.appeals.campaign.CampaignFixtures.body;
import static kz.appeals.campaign.CampaignFixtures.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The historical import names campaigns by code, for appeals and for the receptions it creates. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class CampaignImportTest {
    private static final LocalDate FROM = LocalDate.of(2023, 5, 15);
    private static final LocalDate TO = LocalDate.of(2023, 5, 21);

    @Inject
    AgroalDataSource dataSource;

    private static ValidatableResponse importFile(String ndjson) {
        return given().auth().oauth2(Tokens.of("admin")).contentType("application/x-ndjson")
                .body(ndjson.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports/appeals").then();
    }

    private static String line(String ref, String district, String receivedAt, String extra) {
        return "{\"externalRef\":\"" + ref + "\",\"channel\":\"" + (extra != null && extra.contains("\"reception\"")
                ? "RECEPTION" : "WRITTEN") + "\",\"type\":\"STATEMENT\",\"topicCode\":\"HOUSING_QUEUE\",\"districtCode\":\""
                + district + "\",\"text\":\"Please confirm my place in the queue.\",\"applicant\":{\"kind\":\"INDIVIDUAL\","
                + "\"fullName\":\"Marat Ospanov\",\"iin\":\"" + IntakeFixtures.newIin() + "\"},\"receivedAt\":\"" + receivedAt
                + "\"" + (extra == null ? "" : "," + extra) + "}";
    }

    private static String reception(String ref, String heldAt, String campaign) {
        return "\"reception\":{\"externalRef\":\"" + ref + "\",\"officialType\":\"MASLIKHAT_DEPUTY\","
                + "\"officialName\":\"Serik Zhakupov\",\"heldAt\":\"" + heldAt + "\",\"format\":\"THEMATIC\","
                + "\"citizensReceived\":5" + (campaign == null ? "" : "," + campaign) + "}";
    }

    private static String historical(String... districts) {
        String code = code();
        as("admin").body(body(code, "LEGAL_ADVICE", FROM, TO, List.of(districts), "\"active\": false"))
                .post("/api/v1/campaigns").then().statusCode(201);
        return code;
    }

    @Test
    @DisplayName("POST /imports/appeals tags appeals by campaignCode, and a reception's appeals with its campaign; bad codes reject their line")
    void byCode() throws Exception {
        String code = historical("PVL");
        String other = historical("PVL");
        String p = "C-" + UUID.randomUUID();
        String rec = reception(p + "-R", "2023-05-16T10:00:00+05:00", "\"campaignCode\":\"" + code + "\"");
        importFile(String.join("\n",
                line(p + "-1", "PVL", "2023-05-17T10:00:00+05:00", "\"campaignCode\":\"" + code + "\""),
                line(p + "-2", "PVL", "2023-05-16T11:00:00+05:00", rec),
                line(p + "-3", "PVL", "2023-05-16T11:30:00+05:00", rec + ",\"campaignCode\":\"" + code + "\""),
                line(p + "-4", "PVL", "2023-05-16T11:45:00+05:00", rec + ",\"campaignCode\":\"" + other + "\""),
                line(p + "-5", "PVL", "2023-05-17T10:00:00+05:00", "\"campaignCode\":\"NO-SUCH-CAMPAIGN\""),
                line(p + "-6", "PVL", "2023-06-01T10:00:00+05:00", "\"campaignCode\":\"" + code + "\""),
                line(p + "-7", "EKB", "2023-05-17T10:00:00+05:00", "\"campaignCode\":\"" + code + "\""),
                line(p + "-8", "PVL", "2023-05-17T10:00:00+05:00",
                        reception(p + "-R2", "2023-04-01T10:00:00+05:00", "\"campaignCode\":\"" + code + "\"")),
                line(p + "-9", "PVL", "2023-05-17T10:00:00+05:00", null)) + "\n")
                .statusCode(200)
                .body("imported", equalTo(4))
                .body("rejected", equalTo(5))
                .body("errors.line", equalTo(List.of(4, 5, 6, 7, 8)))
                .body("errors[0].errors[0].field", equalTo("campaignCode"))
                .body("errors[4].errors[0].field", equalTo("reception.campaignCode"));
        try (Connection c = dataSource.getConnection()) {
            assertThat(strings(c, "select external_ref || '=' || coalesce(campaign_code, '-') from appeal"
                    + " where external_ref like ? order by external_ref", p + "%"))
                    .containsExactly(p + "-1=" + code, p + "-2=" + code, p + "-3=" + code, p + "-9=-");
            assertThat(strings(c, "select campaign_code from reception where external_ref like ?", p + "%"))
                    .containsExactly(code);
        }
        // Scoped like the list: EKB sees none of these PVL appeals.
        as("office2").get("/api/v1/appeals?campaign=" + code).then().statusCode(200).body("items.size()", equalTo(0));
        as("supervisor").get("/api/v1/appeals?campaign=" + code).then().statusCode(200).body("items.size()", equalTo(3));
    }

    @Test
    @DisplayName("a reception's free-text campaign is linked to the one campaign of that name there, else kept as text only")
    void byName() throws Exception {
        String code = historical("PVL");
        String p = "N-" + UUID.randomUUID();
        importFile(String.join("\n",
                line(p + "-1", "PVL", "2023-05-18T10:00:00+05:00", reception(p + "-R1", "2023-05-18T10:00:00+05:00",
                        "\"campaign\":\"неделя поддержки семьи " + code.toLowerCase() + "\"")),
                line(p + "-2", "PVL", "2023-05-18T10:00:00+05:00", reception(p + "-R2", "2023-05-18T14:00:00+05:00",
                        "\"campaign\":\"Days of a campaign nobody keeps\""))) + "\n")
                .statusCode(200).body("imported", equalTo(2));
        try (Connection c = dataSource.getConnection()) {
            assertThat(strings(c, "select external_ref || '=' || coalesce(campaign_code, '-') || '=' || campaign from reception"
                    + " where external_ref like ? order by external_ref", p + "%"))
                    .containsExactly(p + "-R1=" + code + "=неделя поддержки семьи " + code.toLowerCase(),
                            p + "-R2=-=Days of a campaign nobody keeps");
            assertThat(strings(c, "select coalesce(campaign_code, '-') from appeal where external_ref like ? order by external_ref",
                    p + "%")).containsExactly(code, "-");
        }
    }

    private static List<String> strings(Connection c, String sql, String parameter) throws Exception {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
