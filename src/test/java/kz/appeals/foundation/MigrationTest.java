package kz.appeals.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import kz.appeals.support.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The service started, so Flyway migrated and Hibernate validated the mapping against
 * the schema; here the migrations are also applied to an empty schema from scratch.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class MigrationTest {

    @Inject
    Flyway flyway;

    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("exactly the migration files of the source tree are applied, each successfully, and none is pending")
    void nothingPending() throws IOException {
        // Flyway names each script by its path on the classpath: db/migration/V1__schema.sql
        Path resources = Path.of("src", "main", "resources");
        Path folder = resources.resolve(Path.of("db", "migration"));
        List<String> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().matches("[VR][^/]*__[^/]+\\.sql"))
                    .map(f -> resources.relativize(f).toString().replace('\\', '/'))
                    .toList();
        }
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(files).as("migration files in " + folder).hasSizeGreaterThanOrEqualTo(13);
        assertThat(Arrays.stream(applied).map(MigrationInfo::getScript).distinct())
                .containsExactlyInAnyOrderElementsOf(files);
        assertThat(applied).allSatisfy(m -> assertThat(m.getState()).as(m.getScript()).isEqualTo(MigrationState.SUCCESS));
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    @DisplayName("the migrations apply to an empty schema and seed the region")
    void applyToEmptySchema() throws Exception {
        String schema = "migration_check_" + Long.toHexString(System.nanoTime());
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("create schema " + schema);
            try {
                Flyway.configure().dataSource(dataSource).schemas(schema).defaultSchema(schema)
                        .createSchemas(false).load().migrate();
                try (ResultSet rs = c.createStatement().executeQuery(
                        "select (select count(*) from " + schema + ".district), (select count(*) from " + schema
                                + ".topic), (select count(*) from " + schema + ".calendar_day)")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(13);
                    assertThat(rs.getInt(2)).isGreaterThanOrEqualTo(30);
                    assertThat(rs.getInt(3)).isGreaterThan(300);
                }
            } finally {
                c.createStatement().execute("drop schema " + schema + " cascade");
            }
        }
    }
}
