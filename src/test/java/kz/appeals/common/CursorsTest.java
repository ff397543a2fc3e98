package kz.appeals.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import kz.appeals.common.Cursors.Keyset;
import kz.appeals.common.Cursors.Part;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Cursors are bound to their list, and to the number and kinds of its key values. */
class CursorsTest {
    private static final Keyset APPEALS = Keyset.of("appeals", Part.INSTANT, Part.LONG);
    private static final Keyset RECEPTIONS = Keyset.of("receptions", Part.INSTANT, Part.LONG);
    private static final Instant AT = Instant.parse("2026-11-30T05:00:00.123456Z");

    private final Cursors cursors = new Cursors("a test secret".getBytes(StandardCharsets.UTF_8));

    /** A 400 naming the cursor field, the only answer for a cursor a list did not issue. */
    private static void refused(Runnable decode) {
        assertThatThrownBy(decode::run).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.toProblem().errors()).extracting(Problem.FieldError::field).containsExactly("cursor");
        });
    }

    @Test
    @DisplayName("a cursor decodes in its own list to the values it was made of")
    void roundTrip() {
        Cursors.Position position = cursors.decode(APPEALS, cursors.encode(APPEALS, AT, 42L));
        assertThat(position.instant(0)).isEqualTo(AT);
        assertThat(position.number(1)).isEqualTo(42L);
    }

    @Test
    @DisplayName("a cursor of another list with the same kinds of values is refused with 400")
    void anotherList() {
        String cursor = cursors.encode(RECEPTIONS, AT, 42L);
        refused(() -> cursors.decode(APPEALS, cursor));
    }

    @Test
    @DisplayName("a signed cursor of the list with too few or too many values is refused with 400")
    void wrongNumberOfValues() {
        String fewer = cursors.encode(Keyset.of("appeals", Part.INSTANT), AT);
        String more = cursors.encode(Keyset.of("appeals", Part.INSTANT, Part.LONG, Part.LONG), AT, 42L, 7L);
        String none = cursors.encode(Keyset.of("appeals"));
        refused(() -> cursors.decode(APPEALS, fewer));
        refused(() -> cursors.decode(APPEALS, more));
        refused(() -> cursors.decode(APPEALS, none));
    }

    @Test
    @DisplayName("a signed cursor of the list whose values have other kinds is refused with 400")
    void wrongKinds() {
        String swapped = cursors.encode(Keyset.of("appeals", Part.LONG, Part.INSTANT), 42L, AT);
        refused(() -> cursors.decode(APPEALS, swapped));
    }

    @Test
    @DisplayName("a cursor signed with another secret, altered, or not base64 is refused with 400")
    void forged() {
        String foreign = new Cursors("another secret".getBytes(StandardCharsets.UTF_8)).encode(APPEALS, AT, 42L);
        refused(() -> cursors.decode(APPEALS, foreign));
        String cursor = cursors.encode(APPEALS, AT, 42L);
        byte[] bytes = Base64.getUrlDecoder().decode(cursor);
        bytes[0] ^= 1;
        String altered = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        refused(() -> cursors.decode(APPEALS, altered));
        refused(() -> cursors.decode(APPEALS, "not a cursor!"));
        refused(() -> cursors.decode(APPEALS, ""));
    }

    @Test
    @DisplayName("encoding values that do not fit the list's keyset is a programming error, not a cursor")
    void encodeChecksTheKeyset() {
        assertThatThrownBy(() -> cursors.encode(APPEALS, AT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cursors.encode(APPEALS, 42L, AT)).isInstanceOf(IllegalArgumentException.class);
        assertThat(List.of(cursors.encode(APPEALS, AT, 1L), cursors.encode(APPEALS, AT, 2L))).doesNotHaveDuplicates();
    }
}
