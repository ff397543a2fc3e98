package kz.appeals.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The IIN/BIN check digit, worked by hand on a few numbers and checked on many random ones. */
class IdentifiersTest {
    static final long SEED = Long.getLong("identifiers.seed", new Random().nextLong());

    @BeforeAll
    static void printSeed() {
        System.out.println("IdentifiersTest seed " + SEED + " (replay with -Didentifiers.seed=" + SEED + ")");
    }

    @Test
    @DisplayName("the check digit is the sum of the digits weighted 1..11, modulo 11")
    void firstWeights() {
        // 9·1 + 0·2 + 0·3 + 5·4 + 0·5 + 1·6 + 4·7 + 0·8 + 0·9 + 0·10 + 3·11 = 96; 96 mod 11 = 8
        assertThat(Identifiers.checkDigit("90050140003")).isEqualTo(8);
        assertThat(Identifiers.validChecksum("900501400038")).isTrue();
        assertThat(Identifiers.checkDigit("00000000000")).isZero();
    }

    @Test
    @DisplayName("a first remainder of 10 takes the weights 3..11, 1, 2; a second 10 means no valid number")
    void secondWeights() {
        // first: 1·1 + 2·2 + ... + 9·9 + 0·10 + 1·11 = 296, remainder 10;
        // second: 1·3 + 2·4 + 3·5 + 4·6 + 5·7 + 6·8 + 7·9 + 8·10 + 9·11 + 0·1 + 1·2 = 377, remainder 3
        assertThat(Identifiers.checkDigit("12345678901")).isEqualTo(3);
        assertThat(Identifiers.validChecksum("123456789013")).isTrue();
        // both passes leave 10: no twelfth digit makes these eleven valid
        assertThat(Identifiers.checkDigit("06870986119")).isEqualTo(-1);
        for (char last = '0'; last <= '9'; last++) {
            assertThat(Identifiers.validChecksum("06870986119" + last)).as("06870986119%s", last).isFalse();
        }
    }

    @ParameterizedTest(name = "\"{0}\" is not a 12-digit number")
    @NullAndEmptySource
    @ValueSource(strings = {"90050140003", "9005014000380", "90050140003a", " 900501400038", "９００５０１４０００３８"})
    void notTwelveDigits(String number) {
        assertThat(Identifiers.validChecksum(number)).isFalse();
        assertThat(Identifiers.plausibleIin(number)).isFalse();
    }

    @Test
    @DisplayName("for random numbers exactly the computed twelfth digit is accepted")
    void randomNumbers() {
        Random random = new Random(SEED);
        int valid = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder first = new StringBuilder();
            for (int d = 0; d < 11; d++) {
                first.append((char) ('0' + random.nextInt(10)));
            }
            int check = Identifiers.checkDigit(first.toString());
            if (check < -1 || check > 9) {
                wrong.add(first + ": check digit " + check);
            }
            for (int last = 0; last <= 9; last++) {
                if (Identifiers.validChecksum(first.toString() + last) != (last == check)) {
                    wrong.add(first.toString() + last);
                }
            }
            valid += check >= 0 ? 1 : 0;
        }
        assertThat(wrong).as("seed %d", SEED).isEmpty();
        // about one number in 121 has no valid check digit
        assertThat(valid).isBetween(19_600, 19_950);
    }

    @Test
    @DisplayName("an IIN also needs a plausible birth date (digits 1-6) and a century digit 0-6")
    void plausibleIins() {
        assertThat(Identifiers.plausibleIin("900501400038")).isTrue();
        // month 13, day 00, century 7: each with its own correct check digit, still not an IIN
        for (String first11 : new String[] {"90130140003", "90050040003", "90050170003"}) {
            String number = first11 + Identifiers.checkDigit(first11);
            assertThat(Identifiers.validChecksum(number)).as(number).isTrue();
            assertThat(Identifiers.plausibleIin(number)).as(number).isFalse();
        }
        assertThat(Identifiers.plausibleIin("900501400037")).as("wrong check digit").isFalse();
    }
}
