package kz.appeals.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque keyset cursors: the key values of the last row, signed so that a cursor the
 * service did not issue is refused (400) instead of steering a query.
 */
@ApplicationScoped
public class Cursors {
    private static final String SEPARATOR = "\u001f";
    private final byte[] key;

    public Cursors(AppealsConfig config) {
        Optional<String> secret = config.cursorSecret();
        if (secret.isPresent() && !secret.get().isBlank()) {
            key = secret.get().getBytes(StandardCharsets.UTF_8);
        } else {
            // Without a configured secret cursors stay valid for this process only.
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        }
    }

    public String encode(String... values) {
        byte[] payload = String.join(SEPARATOR, values).getBytes(StandardCharsets.UTF_8);
        byte[] signature = sign(payload);
        byte[] all = Arrays.copyOf(payload, payload.length + signature.length);
        System.arraycopy(signature, 0, all, payload.length, signature.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(all);
    }

    public String[] decode(String cursor) {
        try {
            byte[] all = Base64.getUrlDecoder().decode(cursor);
            // Only the canonical spelling is ours: other trailing bits decode to the same bytes.
            boolean canonical = Base64.getUrlEncoder().withoutPadding().encodeToString(all).equals(cursor);
            if (canonical && all.length > 16) {
                byte[] payload = Arrays.copyOf(all, all.length - 16);
                byte[] signature = Arrays.copyOfRange(all, all.length - 16, all.length);
                if (MessageDigest.isEqual(signature, sign(payload))) {
                    return new String(payload, StandardCharsets.UTF_8).split(SEPARATOR, -1);
                }
            }
        } catch (IllegalArgumentException e) {
            // not base64: falls through to the same answer as a forged cursor
        }
        throw new ValidationException("cursor", "is not a cursor issued by this service");
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(payload), 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
