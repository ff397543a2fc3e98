package kz.appeals.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import kz.appeals.support.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * V51 turns the free-text campaigns of stored receptions into campaigns. Checked on a schema of its
 * own, migrated from scratch (where V51 found nothing to do), given receptions with free-text
 * campaigns and an appeal as they were stored before, and then V51's script run again: with the
 * functions and triggers of today, whichever migrations come later.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class CampaignMigrationTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("one campaign per distinct name (case and spaces aside), kind OTHER, spanning its receptions' days and districts;"
            + " receptions keep their text, their appeals join the campaign")
    void freeTextBecomesCampaigns() throws Exception {
        String schema = "campaign_migration_" + Long.toHexString(System.nanoTime());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
            try {
                flyway(schema).load().migrate();
                s.execute("set search_path to " + schema + ", public");
                long official = single(s, "select min(id) from official");
                // Two spellings of one campaign in two districts over three days, another campaign, and a plain reception.
                reception(s, official, "PVL", "'Free legal advice days'", "2024-03-01 10:00+05", "SCHEDULED");
                reception(s, official, "EKB", "' free LEGAL advice days '", "2024-03-03 02:00+05", "CANCELLED");
                reception(s, official, "PVL", "'Free legal advice days'", "2024-03-02 10:00+05", "SCHEDULED");
                long family = reception(s, official, "AKS", "'Неделя поддержки семьи'", "2024-05-20 09:00+05", "SCHEDULED");
                reception(s, official, "PVL", "null", "2024-06-01 09:00+05", "SCHEDULED");
                s.execute("insert into appeal (id, registration_number, channel, type, topic_code, district_code, text,"
                        + " applicant_kind, reception_id, received_at, registered_at, registered_on, due_on, status, created_by)"
                        + " values (nextval('appeal_seq'), 'MIGRATION-TEST-1', 'RECEPTION', 'REPORT', 'HOUSING_QUEUE', 'AKS',"
                        + " 'A report taken at the reception', 'ANONYMOUS', " + family + ", '2024-05-20 09:30+05',"
                        + " '2024-05-20 09:30+05', date '2024-05-20', date '2024-06-10', 'REGISTERED', 'test')");

                // Rows as receptions were stored before campaigns (no campaign_code), then V51 as Flyway runs it.
                c.setAutoCommit(false);
                s.execute(v51());
                c.commit();
                c.setAutoCommit(true);

                assertThat(rows(s, "select code || '|' || name_ru || '|' || name_kk || '|' || kind || '|' || starts_on || '|'"
                        + " || ends_on || '|' || (select string_agg(district_code, ',' order by district_code)"
                        + " from campaign_district d where d.campaign_id = c.id) from campaign c order by code"))
                        .containsExactly(
                                "MIGRATED-0001|Free legal advice days|Free legal advice days|OTHER|2024-03-01|2024-03-03|EKB,PVL",
                                "MIGRATED-0002|Неделя поддержки семьи|Неделя поддержки семьи|OTHER|2024-05-20|2024-05-20|AKS");
                assertThat(rows(s, "select coalesce(campaign, '-') || '|' || coalesce(campaign_code, '-') from reception order by scheduled_at"))
                        .containsExactly("Free legal advice days|MIGRATED-0001", "Free legal advice days|MIGRATED-0001",
                                " free LEGAL advice days |MIGRATED-0001", "Неделя поддержки семьи|MIGRATED-0002", "-|-");
                assertThat(rows(s, "select campaign_code from appeal")).containsExactly("MIGRATED-0002");
                assertThat(rows(s, "select description from campaign where code = 'MIGRATED-0001'"))
                        .singleElement().asString().contains("3 reception(s)");
            } finally {
                if (!c.getAutoCommit()) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
                s.execute("set search_path to default");
                s.execute("drop schema " + schema + " cascade");
            }
        }
    }

    /** The migration's script as Flyway reads it from the classpath (one simple-protocol query: one transaction). */
    private static String v51() throws Exception {
        try (var in = CampaignMigrationTest.class.getClassLoader()
                .getResourceAsStream("db/migration/V51__campaigns_from_reception_text.sql")) {
            assertThat(in).as("V51 on the classpath").isNotNull();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway(String schema) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).defaultSchema(schema).createSchemas(false);
    }

    private static long reception(Statement s, long official, String district, String campaign, String at, String status)
            throws Exception {
        long id = single(s, "select nextval('reception_seq')");
        s.execute("insert into reception (id, official_id, district_code, format, campaign, scheduled_at, scheduled_until,"
                + " status, created_by, created_at) values (" + id + ", " + official + ", '" + district + "', "
                + ("null".equals(campaign) ? "'REGULAR'" : "'THEMATIC'") + ", " + campaign + ", timestamptz '" + at + "',"
                + " timestamptz '" + at + "' + interval '1 hour', '" + status + "', 'test', now())");
        return id;
    }

    private static long single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> rows(Statement s, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
