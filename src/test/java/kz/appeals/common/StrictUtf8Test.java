package kz.appeals.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The strict UTF-8 check of request bodies against the JDK's own decoder, which reports
 * (rather than replaces) every malformed input: on hand-picked sequences and on many random
 * byte arrays, read in random pieces so that characters are cut across reads.
 */
class StrictUtf8Test {
    static final long SEED = Long.getLong("utf8.seed", new Random().nextLong());
    /** Lead and continuation bytes at the edges of the ranges the grammar allows. */
    private static final int[] EDGES = {0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
            0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};

    @BeforeAll
    static void printSeed() {
        System.out.println("StrictUtf8Test seed " + SEED + " (replay with -Dutf8.seed=" + SEED + ")");
    }

    @ParameterizedTest(name = "{0} is well-formed")
    @ValueSource(strings = {"", "7b7d", "d09f", "e282ac", "ed9fbf", "ee8080", "efbfbf", "f0908080", "f09f9880", "f48fbfbf"})
    void wellFormed(String hex) throws IOException {
        byte[] bytes = HexFormat.of().parseHex(hex);
        assertThat(jdkAccepts(bytes)).isTrue();
        assertThat(readThrough(bytes, new Random(SEED))).isEqualTo(bytes);
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {
            "c0af",       // overlong "/"
            "e080af",     // overlong "/" in three bytes
            "f08080af",   // and in four
            "eda080",     // an encoded UTF-16 surrogate
            "f4908080",   // past U+10FFFF
            "e282",       // a character cut short at the end
            "e2827b",     // ... or by the next character
            "80",         // a stray continuation byte
            "c1bf", "f5808080", "ff"})
    void malformed(String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        assertThat(jdkAccepts(bytes)).isFalse();
        assertThatThrownBy(() -> readThrough(bytes, new Random(SEED))).isInstanceOf(StrictUtf8.MalformedException.class);
    }

    @Test
    @DisplayName("on random byte arrays the check accepts exactly what the JDK's reporting decoder accepts")
    void agreesWithTheJdk() throws IOException {
        Random random = new Random(SEED);
        int accepted = 0;
        int refused = 0;
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            byte[] bytes = switch (i % 3) {
                case 0 -> randomBytes(random);
                case 1 -> wellFormed(random);
                default -> mutated(wellFormed(random), random);
            };
            boolean jdk = jdkAccepts(bytes);
            String what = "array " + i + ": " + HexFormat.of().formatHex(bytes);
            try {
                byte[] read = readThrough(bytes, random);
                if (!jdk) {
                    disagreements.add("accepted, but the JDK refuses " + what);
                } else if (!Arrays.equals(read, bytes)) {
                    disagreements.add("changed while passing through " + what);
                }
                accepted++;
            } catch (StrictUtf8.MalformedException e) {
                if (jdk) {
                    disagreements.add("refused, but the JDK accepts " + what);
                }
                refused++;
            }
        }
        assertThat(disagreements).as("seed %d", SEED).isEmpty();
        // both answers are well represented, so neither side of the comparison is trivial
        assertThat(accepted).isGreaterThan(9_000);
        assertThat(refused).isGreaterThan(9_000);
    }

    private static boolean jdkAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Reads the bytes through the check as a body is read: single bytes and pieces of random sizes. */
    private static byte[] readThrough(byte[] bytes, Random random) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = new StrictUtf8.ValidatingStream(new ByteArrayInputStream(bytes))) {
            byte[] buffer = new byte[16];
            while (true) {
                if (random.nextInt(4) == 0) {
                    int b = in.read();
                    if (b < 0) {
                        break;
                    }
                    out.write(b);
                } else {
                    int from = random.nextInt(4);
                    int n = in.read(buffer, from, 1 + random.nextInt(buffer.length - from));
                    if (n < 0) {
                        break;
                    }
                    out.write(buffer, from, n);
                }
            }
        }
        return out.toByteArray();
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(12)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (random.nextBoolean() ? EDGES[random.nextInt(EDGES.length)] : random.nextInt(256));
        }
        return bytes;
    }

    /** Random code points of every encoded length, surrogates excluded, encoded by the JDK. */
    private static byte[] wellFormed(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(8);
        for (int i = 0; i < length; i++) {
            int cp = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0x80);
                case 1 -> 0x80 + random.nextInt(0x800 - 0x80);
                case 2 -> {
                    int c = 0x800 + random.nextInt(0x10000 - 0x800);
                    yield c >= 0xD800 && c <= 0xDFFF ? c - 0x800 : c;
                }
                default -> 0x10000 + random.nextInt(0x110000 - 0x10000);
            };
            text.appendCodePoint(cp);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One change: a byte replaced, removed or inserted (often an edge byte), or the end cut off. */
    private static byte[] mutated(byte[] bytes, Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = random.nextInt(bytes.length + 1);
        int kind = random.nextInt(4);
        int edge = random.nextBoolean() ? EDGES[random.nextInt(EDGES.length)] : random.nextInt(256);
        for (int i = 0; i <= bytes.length; i++) {
            if (i == at) {
                if (kind == 3) {
                    break; // cut
                }
                if (kind == 0 || kind == 2) {
                    out.write(edge); // insert, or replace
                }
                if (kind == 2 || kind == 1) {
                    continue; // replace or remove: skip the original byte
                }
            }
            if (i < bytes.length) {
                out.write(bytes[i]);
            }
        }
        return out.toByteArray();
    }
}
