package kz.appeals.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import kz.appeals.common.RegionTime;
import kz.appeals.support.CaseFixtures;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Registration sequences exist before the first intake of their (year, district) needs them: made
 * for every district at start-up for this year and the next, for a new district when it is
 * added, and for the next year by a job in December. Intake then only draws from them.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class RegistrationSerialsAheadTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RegistrationSerialsAhead ahead;

    @Test
    @DisplayName("after start-up every district has its registration sequence for this year and the next")
    void madeAtStartup() throws Exception {
        int year = RegionTime.localDate(Instant.now()).getYear();
        try (Connection c = dataSource.getConnection()) {
            assertThat(districtsWithout(c, year)).isEmpty();
            assertThat(districtsWithout(c, year + 1)).isEmpty();
        }
    }

    @Test
    @DisplayName("POST /districts makes the new district's sequences for this year and the next; its first appeal is number 000001")
    void madeForANewDistrict() throws Exception {
        String code = "Z" + letters(9);
        int year = RegionTime.localDate(Instant.now()).getYear();
        given().auth().oauth2(Tokens.of("admin")).contentType("application/json")
                .body(Map.of("code", code, "name", "District " + code, "kind", "RURAL_DISTRICT"))
                .post("/api/v1/districts").then().statusCode(201);
        try (Connection c = dataSource.getConnection()) {
            assertThat(sequenceExists(c, year, code)).as("this year").isTrue();
            assertThat(sequenceExists(c, year + 1, code)).as("next year").isTrue();
        }
        long id = CaseFixtures.register(code);
        String number = given().auth().oauth2(Tokens.of("chief")).get("/api/v1/appeals/" + id)
                .then().statusCode(200).extract().path("registrationNumber");
        assertThat(number).matches("\\d{4}-" + code + "-000001");
    }

    @Test
    @DisplayName("the December job makes next year's sequence of every district, and a second run finds nothing missing")
    void madeInDecember() throws Exception {
        int year = ThreadLocalRandom.current().nextInt(3000, 9000);
        try (Connection c = dataSource.getConnection()) {
            assertThat(districtsWithout(c, year + 1)).isNotEmpty();
            int made = ahead.prepareNextYear(LocalDate.of(year, 12, 1));
            assertThat(districtsWithout(c, year + 1)).isEmpty();
            assertThat(made).isEqualTo(count(c, "select count(*) from district"));
            assertThat(ahead.prepareNextYear(LocalDate.of(year, 12, 2))).isZero();
        }
    }

    private static List<String> districtsWithout(Connection c, int year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select code from district where registration_serial_oid(?, code) is null order by code")) {
            ps.setInt(1, year);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    private static boolean sequenceExists(Connection c, int year, String district) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select registration_serial_oid(?, ?) is not null")) {
            ps.setInt(1, year);
            ps.setString(2, district);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }
}
