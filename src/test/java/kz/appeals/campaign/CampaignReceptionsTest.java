package kz.appeals.campaign;

import static kz.appeals.campaign.CampaignFixtures.as;
import static kz.appeals.campaign.CampaignFixtures.at;
import static kz.appeals.campaign.CampaignFixtures.body;
import static kz.appeals.campaign.CampaignFixtures.etag;
import static kz.appeals.campaign.CampaignFixtures.reception;
import static kz.appeals.campaign.CampaignFixtures.running;
import static kz.appeals.campaign.CampaignFixtures.schedule;
import static kz.appeals.campaign.CampaignFixtures.today;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import kz.appeals.support.TestInfrastructure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Receptions in a campaign: scheduled inside its period and districts, named by code (or by name), listed by it. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class CampaignReceptionsTest {

    @Test
    @DisplayName("POST /receptions with campaignCode inside the campaign answers 201; the reception shows the code and the name")
    void inside() {
        String code = running("PVL", "EKB");
        long id = reception("office", "PVL", code);
        as("office").get("/api/v1/receptions/" + id).then().statusCode(200)
                .body("campaignCode", equalTo(code))
                .body("campaign", equalTo("Неделя поддержки семьи " + code));
        as("office").get("/api/v1/receptions/" + id + "/events").then().statusCode(200)
                .body("items[0].note", containsString("campaign " + code));
    }

    @Test
    @DisplayName("POST /receptions before or after the campaign's period, or in a district it does not run in, answers 422")
    void outside() {
        String code = running("PVL");
        String named = "\"campaignCode\": \"" + code + "\"";
        schedule("admin", "PVL", at(today().minusDays(4), 10), named).then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("runs from"));
        schedule("admin", "PVL", at(today().plusDays(8), 10), named).then().statusCode(422);
        schedule("admin", "EKB", at(today(), 10), named).then().statusCode(422).body("detail", containsString("not in EKB"));
        as("admin").get("/api/v1/receptions?campaign=" + code).then().statusCode(200).body("items", empty());
    }

    @Test
    @DisplayName("POST /receptions in a deactivated campaign answers 422; with an unknown code 400")
    void inactiveOrUnknown() {
        String code = running("PVL");
        as("admin").header("If-Match", etag(code))
                .body(body(code, "THEMED_WEEK", today().minusDays(3), today().plusDays(7), List.of("PVL"), "\"active\": false"))
                .put("/api/v1/campaigns/" + code).then().statusCode(200);
        schedule("office", "PVL", at(today(), 11), "\"campaignCode\": \"" + code + "\"").then().statusCode(422)
                .body("detail", containsString("no longer active"));
        schedule("office", "PVL", at(today(), 11), "\"campaignCode\": \"NO-SUCH-CAMPAIGN\"").then().statusCode(400)
                .body("errors.field", hasItem("campaignCode"));
    }

    @Test
    @DisplayName("a THEMATIC reception without a campaign answers 400 naming campaignCode")
    void thematicNamesItsCampaign() {
        schedule("office", "PVL", at(today(), 12), null).then().statusCode(400).body("errors.field", hasItem("campaignCode"));
    }

    @Test
    @DisplayName("the free-text campaign is mapped to the one active campaign of that name running there; another name 422")
    void byName() {
        String code = running("PVL");
        String name = "Неделя поддержки семьи " + code;
        schedule("office", "PVL", at(today(), 13), "\"campaign\": \"  " + name.toUpperCase() + " \"").then().statusCode(201)
                .body("campaignCode", equalTo(code)).body("campaign", equalTo(name));
        schedule("office", "PVL", at(today(), 13), "\"campaign\": \"Отбасын қолдау апталығы " + code + "\"")
                .then().statusCode(201).body("campaignCode", equalTo(code));
        schedule("office", "PVL", at(today(), 13), "\"campaign\": \"A campaign nobody created\"").then().statusCode(422)
                .body("detail", containsString("POST /api/v1/campaigns"));
        // Named in another district than the campaign's: no campaign of that name runs there.
        schedule("office2", "EKB", at(today(), 13), "\"campaign\": \"" + name + "\"").then().statusCode(422);
        // Both given: the name must be the coded campaign's.
        schedule("office", "PVL", at(today(), 13), "\"campaignCode\": \"" + code + "\", \"campaign\": \"Another\"")
                .then().statusCode(400).body("errors.field", hasItem("campaign"));
    }

    @Test
    @DisplayName("GET /receptions?campaign= lists the campaign's receptions scoped by district; a name instead of a code answers 400")
    void listedByCampaign() {
        String code = running("PVL", "EKB");
        long pvl = reception("office", "PVL", code);
        long ekb = reception("office2", "EKB", code);
        as("admin").get("/api/v1/receptions?campaign=" + code.toLowerCase()).then().statusCode(200)
                .body("items.id", contains((int) ekb, (int) pvl));
        as("office").get("/api/v1/receptions?campaign=" + code).then().statusCode(200).body("items.id", contains((int) pvl));
        as("office2").get("/api/v1/receptions?campaign=" + code).then().statusCode(200).body("items.id", contains((int) ekb));
        as("office").get("/api/v1/receptions?campaign=Free legal advice").then().statusCode(400)
                .body("errors.field", hasItem("campaign"));
    }

    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = {"operator", "analyst", "executor"})
    @DisplayName("the receptions of a campaign as a role without receptions answer 403")
    void otherRoles(String user) {
        String code = running("PVL");
        reception("office", "PVL", code);
        as(user).get("/api/v1/receptions?campaign=" + code).then().statusCode(403);
    }
}
