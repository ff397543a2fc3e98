package kz.appeals.intake;

import static kz.appeals.support.IntakeFixtures.body;
import static kz.appeals.support.IntakeFixtures.newIin;
import static kz.appeals.support.IntakeFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import kz.appeals.support.ExpectedLogs;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The service's log (the test profile also writes it to target/test-service.log, through
 * the same masking filter as the console) never holds an applicant's IIN, phone or e-mail.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class PersonalDataInLogsTest {

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource dataSource;
    private static final Path LOG = Path.of("target", "test-service.log");

    @Test
    @DisplayName("intake, import and failures with personal data leave none of it in the log")
    void noPersonalDataInLog() throws Exception {
        String iin = newIin();
        String phone = "+77015550" + (100 + (int) (System.nanoTime() % 800));
        String email = "citizen" + System.nanoTime() + "@example.kz";
        String applicant = "{\"kind\":\"INDIVIDUAL\",\"fullName\":\"Asel Nurpeisova\",\"iin\":\"" + iin + "\",\"phone\":\""
                + phone + "\",\"email\":\"" + email + "\"}";
        post(Tokens.of("operator"), body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL", applicant, null)).then().statusCode(201);
        post(Tokens.of("operator"), body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL",
                applicant.replace(iin, iin.substring(0, 11) + ((iin.charAt(11) - '0' + 1) % 10)), null)).then().statusCode(400);
        io.restassured.RestAssured.given().auth().oauth2(Tokens.of("admin")).contentType("application/x-ndjson")
                .body(ImportTest.line("LOG-" + UUID.randomUUID(), "WRITTEN", "2024-05-05T10:00:00+05:00", null)
                        .replaceFirst("\"applicant\":\\{[^}]*\\}", "\"applicant\":" + applicant)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/imports/appeals").then().statusCode(200);
        // Code anywhere in the service may log a value by mistake: the filter must catch it. The error
        // is logged on purpose: kept off the console, still written to the log file.
        try (ExpectedLogs expected = ExpectedLogs.of("kz.appeals.test")) {
            Logger.getLogger("kz.appeals.test").infof("lookup of applicant %s, phone %s, mail %s", iin, phone, email);
            Logger.getLogger("kz.appeals.test").error("failure", new IllegalStateException("duplicate key (applicant_iin)=(" + iin + ")"));
            assertThat(expected.records()).hasSize(2);
            assertThat(expected.records().get(1).getThrown()).isNotNull();
        }

        String log = Files.readString(LOG);
        assertThat(log).contains("lookup of applicant ************");
        assertThat(log).doesNotContain(iin).doesNotContain(phone).doesNotContain(phone.substring(1)).doesNotContain(email);
    }

    @Test
    @DisplayName("a statement the database refuses does not quote the row's values in its exception (logged by Hibernate)")
    void refusedStatementKeepsValuesOut() throws Exception {
        String address = "Pavlodar, Lomov St 12, apt " + UUID.randomUUID();
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("create temporary table refused (address text primary key)");
            try (java.sql.PreparedStatement insert = c.prepareStatement("insert into refused values (?)")) {
                insert.setString(1, address);
                insert.addBatch();
                insert.addBatch();
                java.sql.SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                        insert::executeBatch);
                StringBuilder messages = new StringBuilder();
                for (Throwable t = refused; t != null; t = t.getCause()) {
                    messages.append(t.getMessage()).append('\n');
                }
                for (java.sql.SQLException next = refused.getNextException(); next != null; next = next.getNextException()) {
                    messages.append(next.getMessage()).append('\n');
                }
                assertThat(messages.toString()).contains("refused").doesNotContain(address);
            }
        }
    }
}
