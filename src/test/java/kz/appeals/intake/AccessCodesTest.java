package kz.appeals.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kz.appeals.appeal.Appeal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Access codes: issued before the first write, derived again for replays, codes of earlier versions included. */
class AccessCodesTest {
    private static final String SECRET = "a-secret-of-at-least-thirty-two-characters";
    private static final String RETIRED = "an-earlier-secret-of-thirty-two-characters";

    private static AccessCodes codes(String secret, String... retired) {
        // a proxy, not a class implementing the settings' interface: the build would take such a class for a bean
        Optional<List<String>> retiredSecrets = retired.length == 0 ? Optional.empty() : Optional.of(List.of(retired));
        return new AccessCodes((AccessCodes.Config) java.lang.reflect.Proxy.newProxyInstance(
                AccessCodes.Config.class.getClassLoader(), new Class<?>[] {AccessCodes.Config.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "secret" -> secret;
                    case "retiredSecrets" -> retiredSecrets;
                    default -> throw new UnsupportedOperationException(method.getName());
                }));
    }

    private static Appeal numbered(String number) {
        Appeal a = new Appeal();
        a.number(number);
        return a;
    }

    @Test
    @DisplayName("a code is issued to a numbered appeal before it has an id, matches its hash, and is derived again")
    void issuedBeforeTheFirstWrite() {
        AccessCodes codes = codes(SECRET);
        Appeal a = numbered("2026-PVL-000042");
        String code = codes.issue(a);
        assertThat(code).matches("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}");
        assertThat(AccessCodes.matches(a.registrationNumber, code, a.accessCodeHash)).isTrue();
        assertThat(codes.rederive(a)).contains(code);
        // another secret does not derive it; with this one among the retired, it does
        assertThat(codes("another-secret-of-thirty-two-characters!!").rederive(a)).isEmpty();
        assertThat(codes("another-secret-of-thirty-two-characters!!", SECRET).rederive(a)).contains(code);
    }

    @Test
    @DisplayName("an appeal without a number gets no code")
    void numberFirst() {
        assertThatThrownBy(() -> codes(SECRET).issue(new Appeal())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("a code derived by an earlier version (the appeal's id mixed in) is derived again, under the current or a retired secret")
    void earlierDerivation() throws Exception {
        byte[] salt = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");
        for (String secret : List.of(SECRET, RETIRED)) {
            Appeal a = numbered("2025-PVL-000007");
            a.id = 4711L; // an appeal written by an earlier version: read back with its id
            // the earlier derivation, written out: HMAC-SHA256 over "number|id|salt", twelve base-31 digits
            String expected = earlierCode(secret, "2025-PVL-000007|4711|00112233445566778899aabbccddeeff");
            a.keepAccessCode(salt, HexFormat.of().formatHex(hmac(secret, "appeals access-code key id"), 0, 8),
                    AccessCodes.hash(a.registrationNumber, expected));
            assertThat(codes(SECRET, RETIRED).rederive(a)).contains(expected);
            assertThat(AccessCodes.matches(a.registrationNumber, expected, a.accessCodeHash)).isTrue();
        }
    }

    private static byte[] hmac(String secret, String input) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
    }

    private static String earlierCode(String secret, String input) throws Exception {
        char[] alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
        BigInteger n = new BigInteger(1, hmac(secret, input));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(alphabet[n.mod(BigInteger.valueOf(31)).intValue()]);
            n = n.divide(BigInteger.valueOf(31));
        }
        return sb.toString();
    }
}
