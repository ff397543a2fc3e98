package kz.appeals.common;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** If-Match, one rule for appeals and receptions. */
class PreconditionsTest {
    private static final String CURRENT = "\"153-4\"";

    @Test
    @DisplayName("the current ETag, alone or in a list, passes")
    void match() {
        assertThatCode(() -> Preconditions.requireMatch(CURRENT, CURRENT, "appeal 153", "/api/v1/appeals/153"))
                .doesNotThrowAnyException();
        assertThatCode(() -> Preconditions.requireMatch("\"153-3\", " + CURRENT, CURRENT, "appeal 153", "/x"))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("missing or blank If-Match is 428")
    void missing() {
        for (String header : new String[] {null, "", "  "}) {
            assertThatThrownBy(() -> Preconditions.requireMatch(header, CURRENT, "appeal 153", "/api/v1/appeals/153"))
                    .isInstanceOfSatisfying(ProblemException.class, e -> org.assertj.core.api.Assertions
                            .assertThat(e.status()).isEqualTo(428));
        }
    }

    @Test
    @DisplayName("a stale tag, a weak form of the current one, and * are 412")
    void mismatch() {
        for (String header : new String[] {"\"153-3\"", "W/" + CURRENT, "*", "153-4"}) {
            assertThatThrownBy(() -> Preconditions.requireMatch(header, CURRENT, "appeal 153", "/api/v1/appeals/153"))
                    .isInstanceOfSatisfying(ProblemException.class, e -> org.assertj.core.api.Assertions
                            .assertThat(e.status()).isEqualTo(412));
        }
    }
}
