package kz.appeals.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The code a citizen tracks a portal appeal with. It is shown once and stored only as
 * a hash bound to the registration number; wrong guesses are slowed down per number.
 */
public final class AccessCodes {
    // No 0/O, 1/I/L: codes are read aloud and typed from paper.
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessCodes() {
    }

    public static String generate() {
        StringBuilder sb = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    public static String hash(String registrationNumber, String code) {
        String normalised = code == null ? "" : code.strip().toUpperCase().replace("-", "");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((registrationNumber + ":" + normalised).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean matches(String registrationNumber, String code, String storedHash) {
        return storedHash != null && MessageDigest.isEqual(
                hash(registrationNumber, code).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
