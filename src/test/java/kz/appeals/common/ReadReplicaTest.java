package kz.appeals.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import kz.appeals.support.CaseFixtures;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Statistics and exports are read through the datasource "replica" (here the test database itself,
 * as in any deployment without APPEALS_REPLICA_JDBC_URL), and nothing can be written through it.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class ReadReplicaTest {

    @Inject
    ReadReplica replica;

    @Inject
    @DataSource("replica")
    AgroalDataSource replicaDataSource;

    @Test
    @DisplayName("GET /stats/appeals takes its connection from the replica's pool")
    void statisticsReadTheReplica() {
        long before = replicaDataSource.getMetrics().acquireCount();
        given().auth().oauth2(Tokens.of("analyst"))
                .get("/api/v1/stats/appeals?from=2026-01-01&to=2026-12-31&groupBy=districtCode")
                .then().statusCode(200);
        assertThat(replicaDataSource.getMetrics().acquireCount()).isGreaterThan(before);
    }

    @Test
    @DisplayName("GET /appeals/export reads through the replica's pool; the access log of a personal export is written"
            + " all the same, so on the primary")
    void exportsReadTheReplica() {
        String marker = CaseFixtures.marker("replica");
        CaseFixtures.register("PVL", marker);
        CaseFixtures.register("PVL", marker);
        String user = "supervisor-replica-" + Long.toString(System.nanoTime(), 36);
        String token = Tokens.sign(Tokens.claims(user, "supervisor").claim("district", "PVL"));
        long before = replicaDataSource.getMetrics().acquireCount();
        String csv = given().auth().oauth2(token).accept("text/csv").get("/api/v1/appeals/export?q=" + marker)
                .then().statusCode(200).extract().asString();
        assertThat(replicaDataSource.getMetrics().acquireCount()).isGreaterThan(before);
        assertThat(csv.split("\r\n")).hasSize(3);
        // the export's connection is read only (see writesNeverGoThere): its log rows went through the primary's pool
        List<Map<String, Object>> logged = given().auth().oauth2(Tokens.of("admin"))
                .get("/api/v1/audit/personal-data?subject=" + user).then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(logged).hasSize(2)
                .allSatisfy(row -> assertThat(row.get("endpoint")).isEqualTo("GET /api/v1/appeals/export"));

        before = replicaDataSource.getMetrics().acquireCount();
        given().auth().oauth2(Tokens.of("analyst")).accept("application/x-ndjson").get("/api/v1/appeals/export?q=" + marker)
                .then().statusCode(200);
        assertThat(replicaDataSource.getMetrics().acquireCount()).isGreaterThan(before);
    }

    @Test
    @DisplayName("a write through the replica is refused (read-only transaction) and changes nothing")
    void writesNeverGoThere() throws SQLException {
        long before = count();
        assertThatThrownBy(() -> replica.read(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("insert into cluster_job (name, started_term, started_at, started_by)"
                        + " values ('replica-write-probe', 0, now(), 'test')");
            }
        })).isInstanceOf(ReadReplica.ReplicaException.class)
                .hasRootCauseInstanceOf(org.postgresql.util.PSQLException.class)
                .hasMessageContaining("read-only transaction");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @DisplayName("a read through the replica answers in a read-only transaction")
    void readsAnswer() {
        String readOnly = replica.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("show transaction_read_only")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(readOnly).isEqualTo("on");
    }

    private long count() {
        return replica.read(c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select count(*) from cluster_job where name = 'replica-write-probe'")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
