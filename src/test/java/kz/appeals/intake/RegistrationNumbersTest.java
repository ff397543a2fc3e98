package kz.appeals.intake;

import static kz.appeals.support.IntakeFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class RegistrationNumbersTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("64 concurrent POST /appeals in one district get 64 distinct numbers, none skipped when none rolled back")
    void concurrentIntake() throws Exception {
        String token = Tokens.of("operator");
        ExecutorService pool = Executors.newFixedThreadPool(64);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            String body = IntakeFixtures.body("CALL_CENTER", "INQUIRY", "OTHER_MISC", "MAY",
                    IntakeFixtures.individual(null, IntakeFixtures.newPhone()), null);
            answers.add(pool.submit(() -> {
                start.await();
                return post(token, body);
            }));
        }
        start.countDown();
        Set<String> numbers = new HashSet<>();
        for (Future<Response> f : answers) {
            Response r = f.get(120, TimeUnit.SECONDS);
            assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
            numbers.add(r.path("registrationNumber"));
        }
        pool.shutdown();
        assertThat(numbers).hasSize(64).allMatch(n -> n.matches("20\\d\\d-MAY-\\d{6}"));
        List<Integer> serials = numbers.stream().map(n -> Integer.parseInt(n.substring(9))).sorted().toList();
        assertThat(serials.get(63) - serials.get(0)).as("no gaps among one burst").isEqualTo(63);
    }

    @Test
    @DisplayName("a serial drawn by a transaction that rolls back is never handed out again")
    void rolledBackSerialIsNotReused() throws Exception {
        long first;
        try (Connection c = dataSource.getConnection()) {
            draw(c, 2031, "MAY", 1);
            c.setAutoCommit(false);
            first = draw(c, 2031, "MAY", 1).get(0);
            c.rollback();
        }
        try (Connection c = dataSource.getConnection()) {
            assertThat(draw(c, 2031, "MAY", 1).get(0)).isGreaterThan(first);
        }
    }

    @Test
    @DisplayName("16 connections drawing at once from a (year, district) not drawn before all get distinct serials")
    void firstDrawsOfANewSequenceAreDistinct() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> draws = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            draws.add(pool.submit(() -> {
                try (Connection c = dataSource.getConnection()) {
                    c.setAutoCommit(false);
                    start.await();
                    List<Long> serials = draw(c, 2032, "PVL", 5);
                    c.commit();
                    return serials;
                }
            }));
        }
        start.countDown();
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : draws) {
            List<Long> serials = f.get(60, TimeUnit.SECONDS);
            assertThat(serials).hasSize(5).isSorted();
            all.addAll(serials);
        }
        pool.shutdown();
        assertThat(new HashSet<>(all)).hasSize(80);
        assertThat(all).allMatch(n -> n >= 1 && n <= 80);
    }

    @Test
    @DisplayName("a draw that waited for another transaction creating the same new sequence finds it once that one commits")
    void drawAfterWaitingForTheCreator() throws Exception {
        NewSerial serial = NewSerial.random("R");
        int year = serial.year();
        String district = serial.district();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection creator = dataSource.getConnection(); Connection waiter = dataSource.getConnection()) {
            // the waiter has looked the name up and not found it, as a draw does first
            serial.lookUpAndMiss(waiter);
            long waiterPid = pid(waiter);
            creator.setAutoCommit(false);
            assertThat(draw(creator, year, district, 1)).containsExactly(1L);
            Future<List<Long>> waited = pool.submit(() -> {
                List<Long> serials = draw(waiter, year, district, 2);
                waiter.commit();
                return serials;
            });
            // the waiter blocks on the creator's uncommitted sequence until it commits
            await("the second draw waits for the first")
                    .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).pollInSameThread()
                    .until(() -> waitsOnLock(creator, waiterPid));
            creator.commit();
            assertThat(waited.get(30, TimeUnit.SECONDS)).containsExactly(2L, 3L);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("a draw in a transaction that looked for the sequence before another one created and committed it finds it")
    void drawAfterTheCreatorCommitted() throws Exception {
        NewSerial serial = NewSerial.random("C");
        int year = serial.year();
        String district = serial.district();
        try (Connection creator = dataSource.getConnection(); Connection late = dataSource.getConnection()) {
            serial.lookUpAndMiss(late);
            assertThat(draw(creator, year, district, 1)).containsExactly(1L);
            assertThat(draw(late, year, district, 2)).containsExactly(2L, 3L);
            late.commit();
        }
    }

    /** A (year, district) whose sequence no other test draws from. */
    private record NewSerial(int year, String district) {
        static NewSerial random(String prefix) {
            return new NewSerial(2090 + (int) (Math.random() * 9),
                    prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(java.util.Locale.ROOT));
        }

        /** Opens a transaction on c that looks for the sequence by name, and finds none. */
        void lookUpAndMiss(Connection c) throws SQLException {
            c.setAutoCommit(false);
            String name = "registration_serial_" + year + "_" + district.toLowerCase(java.util.Locale.ROOT);
            try (PreparedStatement ps = c.prepareStatement("select to_regclass(?)")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getString(1)).isNull();
                }
            }
        }
    }

    private static long pid(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select pg_backend_pid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean waitsOnLock(Connection observer, long pid) throws SQLException {
        try (PreparedStatement ps = observer.prepareStatement(
                "select wait_event_type = 'Lock' from pg_stat_activity where pid = ?")) {
            ps.setLong(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    @Test
    @DisplayName("raising a serial (bulk load) makes the next intake continue above it, and never lowers it")
    void raiseContinuesAbove() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("select registration_serial_raise(2033, 'EKB', 4100)");
            s.execute("select registration_serial_raise(2033, 'EKB', 12)");
            assertThat(draw(c, 2033, "EKB", 2)).containsExactly(4101L, 4102L);
        }
    }

    @Test
    @DisplayName("a district code that could not name a sequence is refused by the database")
    void oddDistrictCodeRefused() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThatThrownBy(() -> draw(c, 2031, "X; drop table appeal", 1))
                    .isInstanceOf(SQLException.class).hasMessageContaining("no registration serial");
        }
    }

    private static List<Long> draw(Connection c, int year, String district, int count) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select s from registration_serials(?, ?, ?) s")) {
            ps.setInt(1, year);
            ps.setString(2, district);
            ps.setInt(3, count);
            List<Long> serials = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    serials.add(rs.getLong(1));
                }
            }
            return serials;
        }
    }
}
