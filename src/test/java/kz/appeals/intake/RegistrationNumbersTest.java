package kz.appeals.intake;

import static kz.appeals.support.IntakeFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
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

    @Test
    @DisplayName("64 concurrent POST /appeals in one district get 64 distinct, consecutive numbers")
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
}
