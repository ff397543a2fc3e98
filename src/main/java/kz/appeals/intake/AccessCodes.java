package kz.appeals.intake;

import io.quarkus.runtime.Startup;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kz.appeals.appeal.Appeal;
import kz.appeals.appeal.Channel;

/**
 * The code a citizen tracks an appeal with. It is derived, never stored: HMAC-SHA256 of
 * the server secret over the registration number and a random salt kept with the appeal,
 * so a replayed registration answers the same code. The appeal keeps the salt, the id of
 * the key that derived it, and a hash of the code, which is what the tracking page checks;
 * rotating the secret therefore never locks a citizen out.
 *
 * <p>A key id names a secret and a derivation. Codes are issued before the appeal is first
 * written (its row is inserted once, with its code); codes issued by earlier versions also
 * mixed in the appeal's id, and their key ids (a fingerprint under another label) still
 * derive them that way.
 */
@ApplicationScoped
@Startup
public class AccessCodes {
    // No 0/O, 1/I/L: codes are read aloud and typed from paper. 31^12 codes, about 2^59.
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The label of the key ids of codes derived from the number and salt. */
    private static final byte[] KEY_ID_LABEL = "appeals access-code key id, number and salt".getBytes(StandardCharsets.UTF_8);
    /** The label of the key ids of codes derived by earlier versions, which mixed in the appeal's id. */
    private static final byte[] WITH_ID_KEY_ID_LABEL = "appeals access-code key id".getBytes(StandardCharsets.UTF_8);

    /** Settings under {@code appeals.access-code}. */
    @ConfigMapping(prefix = "appeals.access-code")
    public interface Config {
        /** The secret access codes are derived from (HMAC-SHA256); at least 32 characters. Required in production. */
        @Size(min = 32)
        String secret();

        /** Earlier secrets, kept after a rotation for as long as replays may come (the 7 days idempotency keys are kept). */
        Optional<List<@Size(min = 32) String>> retiredSecrets();
    }

    private record Key(String id, SecretKeySpec spec, boolean withAppealId) {
    }

    private final Key current;
    private final Map<String, Key> known = new LinkedHashMap<>();

    @Inject
    AccessCodes(Config config) {
        current = key(config.secret(), false);
        List<String> secrets = new java.util.ArrayList<>(List.of(config.secret()));
        secrets.addAll(config.retiredSecrets().orElse(List.of()));
        for (String secret : secrets) {
            for (Key k : List.of(key(secret, false), key(secret, true))) {
                known.putIfAbsent(k.id(), k);
            }
        }
    }

    /** An appeal gets a code when it came through the portal or the applicant can be told it (a phone or an e-mail). */
    public static boolean issuedFor(Appeal appeal) {
        return appeal.channel == Channel.PORTAL || appeal.applicantPhone != null || appeal.applicantEmail != null;
    }

    /**
     * Gives a numbered appeal its code before it is first written: stores salt, key id and hash on it
     * and returns the code.
     */
    public String issue(Appeal appeal) {
        if (appeal.registrationNumber == null) {
            throw new IllegalStateException("an access code is issued to a numbered appeal");
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        String code = derive(current, appeal.registrationNumber, null, salt);
        appeal.keepAccessCode(salt, current.id(), hash(appeal.registrationNumber, code));
        return code;
    }

    /** The appeal's code again, for a replay; empty when it has none or its secret is no longer configured. */
    public Optional<String> rederive(Appeal appeal) {
        Key key = appeal.accessCodeKey == null ? null : known.get(appeal.accessCodeKey);
        if (key == null || appeal.accessCodeSalt == null) {
            return Optional.empty();
        }
        return Optional.of(derive(key, appeal.registrationNumber, appeal.id, appeal.accessCodeSalt));
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

    private static String derive(Key key, String registrationNumber, Long appealId, byte[] salt) {
        String input = key.withAppealId()
                ? registrationNumber + "|" + appealId + "|" + HexFormat.of().formatHex(salt)
                : registrationNumber + "|" + HexFormat.of().formatHex(salt);
        byte[] mac = mac(key.spec(), input.getBytes(StandardCharsets.UTF_8));
        // 256 bits reduced to 12 base-31 digits (59 bits): the bias is below 2^-190.
        BigInteger n = new BigInteger(1, mac);
        BigInteger base = BigInteger.valueOf(ALPHABET.length);
        StringBuilder sb = new StringBuilder(LENGTH + 2);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            BigInteger[] qr = n.divideAndRemainder(base);
            sb.append(ALPHABET[qr[1].intValue()]);
            n = qr[0];
        }
        return sb.toString();
    }

    /** A secret and its id: a fingerprint that names it and its derivation on the appeal without revealing it. */
    private static Key key(String secret, boolean withAppealId) {
        SecretKeySpec spec = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        byte[] fingerprint = mac(spec, withAppealId ? WITH_ID_KEY_ID_LABEL : KEY_ID_LABEL);
        return new Key(HexFormat.of().formatHex(fingerprint, 0, 8), spec, withAppealId);
    }

    private static byte[] mac(SecretKeySpec key, byte[] input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
