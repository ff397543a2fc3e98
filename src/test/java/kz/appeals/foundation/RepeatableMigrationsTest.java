package kz.appeals.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.appeals.support.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Today's SQL code lives in repeatable migrations (R__*.sql), which Flyway applies after the
 * versioned ones whenever they change: a register migrated from nothing and one that was
 * already at V25 (before the repeatable migrations existed) end with the same code.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class RepeatableMigrationsTest {
    private static final Pattern DEFINED = Pattern.compile(
            "create\\s+or\\s+replace\\s+(?:function|aggregate)\\s+(\\w+)", Pattern.CASE_INSENSITIVE);

    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("a register at V25 migrated to today has the same functions, triggers and tables as one migrated from scratch")
    void upgradedEqualsFresh() throws Exception {
        String fresh = "migration_fresh_" + Long.toHexString(System.nanoTime());
        String upgraded = "migration_upgraded_" + Long.toHexString(System.nanoTime());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create schema " + fresh);
            s.execute("create schema " + upgraded);
            try {
                flyway(fresh).load().migrate();
                // a register as it was at V25: the migrations of then, none repeatable
                flyway(upgraded).locations("filesystem:" + migrationsUpTo(25)).load().migrate();
                assertThat(functions(c, upgraded)).as("at V25").contains("stats_resolved")
                        .doesNotContain("appeal_status_is_open");
                flyway(upgraded).load().migrate();

                assertThat(functions(c, upgraded)).isEqualTo(functions(c, fresh)).contains("appeal_status_is_open");
                assertThat(definitions(c, upgraded)).isEqualTo(definitions(c, fresh));
                assertThat(triggers(c, upgraded)).isEqualTo(triggers(c, fresh))
                        .contains("district registration_serials_district_added");
                assertThat(columns(c, upgraded)).isEqualTo(columns(c, fresh));
            } finally {
                s.execute("drop schema " + fresh + " cascade");
                s.execute("drop schema " + upgraded + " cascade");
            }
        }
    }

    @Test
    @DisplayName("every statistics and registration-serial function of the register is defined in its repeatable migration")
    void currentCodeInOneFile() throws Exception {
        Set<String> statistics = definedIn("R__statistics.sql");
        Set<String> serials = definedIn("R__registration_serials.sql");
        try (Connection c = dataSource.getConnection()) {
            Set<String> present = functions(c, "public");
            assertThat(statistics).isEqualTo(filter(present, "stats_"));
            assertThat(serials).isEqualTo(filter(present, "registration_serial"));
        }
    }

    private FluentConfiguration flyway(String schema) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).defaultSchema(schema).createSchemas(false);
    }

    /** A folder with a copy of the versioned migrations up to {@code version}. */
    private static Path migrationsUpTo(int version) throws IOException, URISyntaxException {
        Path folder = Path.of(RepeatableMigrationsTest.class.getResource("/db/migration").toURI());
        Path copy = Files.createTempDirectory("migrations-v" + version);
        Pattern versioned = Pattern.compile("V(\\d+)__.*\\.sql");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Matcher m = versioned.matcher(file.getFileName().toString());
                if (m.matches() && Integer.parseInt(m.group(1)) <= version) {
                    Files.copy(file, copy.resolve(file.getFileName()));
                }
            }
        }
        return copy;
    }

    private static Set<String> filter(Set<String> names, String prefix) {
        Set<String> out = new TreeSet<>();
        names.stream().filter(n -> n.startsWith(prefix)).forEach(out::add);
        return out;
    }

    private static Set<String> definedIn(String file) throws IOException {
        try (InputStream in = RepeatableMigrationsTest.class.getResourceAsStream("/db/migration/" + file)) {
            assertThat(in).as(file).isNotNull();
            Matcher m = DEFINED.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Set<String> names = new TreeSet<>();
            while (m.find()) {
                names.add(m.group(1).toLowerCase(Locale.ROOT));
            }
            return names;
        }
    }

    private static Set<String> functions(Connection c, String schema) throws SQLException {
        return new TreeSet<>(rows(c, "select p.proname from pg_proc p where p.pronamespace = ?::regnamespace", schema));
    }

    /** Each function's name, arguments, result, volatility and body: what CREATE OR REPLACE sets. */
    private static List<String> definitions(Connection c, String schema) throws SQLException {
        return rows(c, "select p.proname || '(' || oidvectortypes(p.proargtypes) || ') ' || p.prokind::text || ' '"
                + " || t.typname || ' ' || p.provolatile::text || ' ' || p.proparallel::text || ' ' || coalesce(p.prosrc, '')"
                + "  from pg_proc p join pg_type t on t.oid = p.prorettype"
                + " where p.pronamespace = ?::regnamespace order by 1", schema);
    }

    private static List<String> triggers(Connection c, String schema) throws SQLException {
        return rows(c, "select r.relname || ' ' || t.tgname from pg_trigger t join pg_class r on r.oid = t.tgrelid"
                + " where r.relnamespace = ?::regnamespace and not t.tgisinternal order by 1", schema);
    }

    private static List<String> columns(Connection c, String schema) throws SQLException {
        return rows(c, "select table_name || '.' || column_name || ' ' || data_type from information_schema.columns"
                + " where table_schema = ? order by 1", schema);
    }

    private static List<String> rows(Connection c, String sql, String schema) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, schema);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // types of the schema's own tables are named with the schema, which differs
                    out.add(rs.getString(1).replace(schema + ".", ""));
                }
            }
            return out;
        }
    }
}
