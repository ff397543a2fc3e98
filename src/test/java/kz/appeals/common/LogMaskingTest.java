package kz.appeals.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import kz.appeals.support.ExpectedLogs;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.TestInfrastructure;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Whatever code logs by mistake, the log (the test profile writes it to target/test-service.log
 * through the same filter as the console) holds no phone number in any notation, no IIN and no
 * e-mail address, in the message or anywhere in a logged exception's chain. The values are new
 * on every run, so a line written by an earlier run cannot make this pass or fail.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class LogMaskingTest {
    private static final Path LOG = Path.of("target", "test-service.log");
    private static final Logger LOGGER = Logger.getLogger("kz.appeals.test.masking");

    /** Ten national digits of a Kazakh mobile number (701 and seven random digits). */
    static String mobile() {
        return "701" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    @Test
    @DisplayName("phones in four notations, an IIN, an e-mail and an exception chain holding them leave none of them in the log")
    void nothingPersonalInTheLog() throws Exception {
        // letters only: digits in the marker could themselves look like a phone number
        String marker = "masking-probe-" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String[] n = {mobile(), mobile(), mobile(), mobile(), mobile(), mobile()};
        String international = "+7 " + n[0].substring(0, 3) + " " + n[0].substring(3, 6) + " " + n[0].substring(6, 8) + " " + n[0].substring(8);
        String trunk = "8" + n[1];
        String bracketed = "8(" + n[2].substring(0, 3) + ")" + n[2].substring(3, 6) + "-" + n[2].substring(6, 8) + "-" + n[2].substring(8);
        String bare = n[3];
        String iin = IntakeFixtures.newIin();
        String causeIin = IntakeFixtures.newIin();
        String email = "citizen." + UUID.randomUUID().toString().substring(0, 8) + "@example.kz";
        String suppressedEmail = "other." + UUID.randomUUID().toString().substring(0, 8) + "@mail.kz";

        // the error is logged on purpose: kept off the console, still written to the log file
        try (ExpectedLogs expected = ExpectedLogs.of(LOGGER.getName())) {
            LOGGER.infof("%s call from %s, then %s, %s and %s", marker, international, trunk, bracketed, bare);
            LOGGER.infof("%s applicant %s writes from %s", marker, iin, email);
            IllegalStateException cause = new IllegalStateException("duplicate key (iin)=(" + causeIin + "), phone +7" + n[4]);
            cause.addSuppressed(new IllegalArgumentException("reply to " + suppressedEmail + " or 8 " + n[5]));
            LOGGER.error(marker + " storing failed", new RuntimeException("could not store the appeal", cause));
            assertThat(expected.messages()).hasSize(3).last().isEqualTo(marker + " storing failed");
        }

        String log = Files.readString(LOG);
        assertThat(log).contains(marker + " call from ").contains(marker + " applicant ")
                .contains(marker + " storing failed").contains("Caused by: java.lang.IllegalStateException: duplicate key")
                .contains("Suppressed: java.lang.IllegalArgumentException: reply to ");
        for (String value : List.of(international, trunk, bracketed, bare, iin, causeIin, email, suppressedEmail)) {
            assertThat(log).doesNotContain(value);
        }
        for (String digits : n) {
            assertThat(log).as("national digits of a phone").doesNotContain(digits)
                    .doesNotContain(digits.substring(0, 3) + " " + digits.substring(3));
        }
    }
}
