package kz.appeals.reception;

import static kz.appeals.reception.ReceptionFixtures.at;
import static kz.appeals.reception.ReceptionFixtures.newOfficial;
import static kz.appeals.reception.ReceptionFixtures.schedule;
import static kz.appeals.reception.ReceptionFixtures.today;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.appeals.support.TestInfrastructure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A reception is held by an official of its district or a region-level one, by the same rule as assignments. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class ReceptionCompetenceTest {

    @Test
    @DisplayName("POST /receptions in PVL with an official of EKB answers 422 and schedules nothing")
    void officialOfAnotherDistrict() {
        long official = newOfficial("MASLIKHAT_DEPUTY", "EKB");
        schedule("office", official, "PVL", at(today(), 10), null).then().statusCode(422)
                .contentType("application/problem+json").body("status", equalTo(422))
                .body("detail", containsString("EKB"));
        // The official is still free: nothing was booked for them.
        schedule("office2", official, "EKB", at(today(), 10), null).then().statusCode(201);
    }

    @ParameterizedTest(name = "POST /receptions in PVL with an official of {0} answers 201")
    @ValueSource(strings = {"PVL", "REG", "no district"})
    void ownDistrictOrRegionLevel(String district) {
        long official = newOfficial("MAJILIS_DEPUTY", district.equals("no district") ? null : district);
        schedule("office", official, "PVL", at(today(), 11), null).then().statusCode(201)
                .body("officialId", equalTo((int) official));
    }

    @Test
    @DisplayName("POST /receptions in EKB as supervisor2 with a Pavlodar official answers 422; with an EKB official 201")
    void supervisorOfEkb() {
        schedule("supervisor2", newOfficial("OFFICE_HEAD", "PVL"), "EKB", at(today(), 12), null).then().statusCode(422);
        schedule("supervisor2", newOfficial("OFFICE_HEAD", "EKB"), "EKB", at(today(), 12), null).then().statusCode(201);
    }
}
