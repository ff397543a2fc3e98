package kz.appeals.appeal;

import static io.restassured.RestAssured.given;
import static kz.appeals.support.CaseFixtures.registerWritten;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.appeals.common.RegionTime;
import kz.appeals.support.TestInfrastructure;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The deadline gauges come from the database, from start-up on: this class never runs the
 * deadline watch (its schedule is off in tests), yet the gauges are there and follow the register.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class DeadlineGaugesTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.management.test-port")
    int managementPort;

    private String metrics() {
        return given().baseUri("http://127.0.0.1").port(managementPort).get("/q/metrics")
                .then().statusCode(200).extract().asString();
    }

    private static long gauge(String metrics, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + " ([0-9.E]+)$").matcher(metrics);
        assertThat(m.find()).as(name + " in /q/metrics").isTrue();
        return (long) Double.parseDouble(m.group(1));
    }

    private long overdueInDatabase() throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select count(*) from appeal where appeal_status_is_open(status) and due_on < ?")) {
            s.setObject(1, RegionTime.localDate(Instant.now()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    @DisplayName("GET /q/metrics on the management port has appeals_overdue and appeals_due_soon without any deadline watch")
    void presentFromStart() {
        String metrics = metrics();
        assertThat(gauge(metrics, "appeals_overdue")).isGreaterThanOrEqualTo(0);
        assertThat(gauge(metrics, "appeals_due_soon")).isGreaterThanOrEqualTo(0);
    }

    @Test
    @DisplayName("a letter received 29 days ago (its 15 working days passed) shows in appeals_overdue within the refresh, equal to the database's count")
    void followsTheRegister() throws Exception {
        long before = gauge(metrics(), "appeals_overdue");
        registerWritten("office", "PVL", OffsetDateTime.now(RegionTime.ZONE).minusDays(29), "gauges");
        long expected = overdueInDatabase();
        assertThat(expected).isGreaterThan(before);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(gauge(metrics(), "appeals_overdue")).isEqualTo(overdueInDatabase()));
    }
}
