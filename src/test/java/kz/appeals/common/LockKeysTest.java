package kz.appeals.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.appeals.support.TestInfrastructure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The advisory-lock keys have one set of names, in Java ({@link LockKeys}) and in SQL (lock_keys()). */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class LockKeysTest {
    private static final Pattern BARE_NUMBER = Pattern.compile("advisory_\\w*lock\\w*\\(\\s*\\d");

    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("SQL lock_keys() names exactly the keys of LockKeys, with the same numbers")
    void sqlAgreesWithJava() throws Exception {
        Map<String, Long> sql = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select name, key, lock_key(name) from lock_keys()")) {
            while (rs.next()) {
                assertThat(rs.getLong(3)).isEqualTo(rs.getLong(2));
                sql.put(rs.getString(1), rs.getLong(2));
            }
        }
        assertThat(sql).isEqualTo(Arrays.stream(LockKeys.values())
                .collect(Collectors.toMap(LockKeys::sqlName, LockKeys::key)));
        assertThat(sql.values()).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("lock_key() of a name it does not know fails instead of locking nothing")
    void unknownNameFails() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("select pg_advisory_xact_lock(lock_key('no_such_lock'))"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("no_such_lock");
        }
    }

    @Test
    @DisplayName("no SQL function of today's migrations takes an advisory lock by a bare number")
    void noBareNumbers() throws IOException, URISyntaxException {
        Path folder = Path.of(LockKeysTest.class.getResource("/db/migration").toURI());
        List<Path> repeatable;
        try (Stream<Path> files = Files.list(folder)) {
            repeatable = files.filter(p -> p.getFileName().toString().startsWith("R__")).sorted().toList();
        }
        assertThat(repeatable).isNotEmpty();
        for (Path file : repeatable) {
            try (InputStream in = Files.newInputStream(file)) {
                String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(BARE_NUMBER.matcher(sql).find()).as(file.getFileName().toString()).isFalse();
            }
        }
    }
}
