package kz.appeals.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque keyset cursors: the name of the list that issued it and the key values of its
 * last row, signed. A cursor is accepted only by its own list and only with the number and
 * kinds of values that list writes; anything else, forged or issued by another list,
 * answers 400, so no cursor can steer a query or fail one.
 */
@ApplicationScoped
public class Cursors {
    private static final String SEPARATOR = "\u001f";
    private static final int SIGNATURE_BYTES = 16;
    private final byte[] key;

    /** The kind of one key value, and how it is read back. */
    public enum Part {
        INSTANT {
            @Override
            Object parse(String text) {
                return Instant.parse(text);
            }
        },
        LONG {
            @Override
            Object parse(String text) {
                return Long.parseLong(text);
            }
        };

        abstract Object parse(String text);

        boolean fits(Object value) {
            return this == INSTANT ? value instanceof Instant : value instanceof Long;
        }
    }

    /** The cursors of one list: its name, signed into each cursor, and the kinds of its key values in order. */
    public record Keyset(String list, List<Part> parts) {
        public Keyset {
            if (list.isBlank() || list.contains(SEPARATOR)) {
                throw new IllegalArgumentException("A list name is a plain word: " + list);
            }
            parts = List.copyOf(parts);
        }

        public static Keyset of(String list, Part... parts) {
            return new Keyset(list, List.of(parts));
        }
    }

    /** The key values of the last row of the previous page, read with the kinds of their list. */
    public record Position(List<Object> values) {
        public Instant instant(int index) {
            return (Instant) values.get(index);
        }

        public long number(int index) {
            return (Long) values.get(index);
        }
    }

    @Inject
    public Cursors(AppealsConfig config) {
        this(config.cursorSecret().filter(s -> !s.isBlank()).map(s -> s.getBytes(StandardCharsets.UTF_8)).orElse(null));
    }

    /** Signing with the secret, or with a random one when null (cursors then stay valid for this process only). */
    Cursors(byte[] secret) {
        if (secret != null) {
            key = secret.clone();
        } else {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        }
    }

    /** A cursor of the list, for the key values of its last row (of the kinds the keyset names). */
    public String encode(Keyset keyset, Object... values) {
        if (values.length != keyset.parts().size()) {
            throw new IllegalArgumentException("The list " + keyset.list() + " keys rows by " + keyset.parts());
        }
        List<String> fields = new ArrayList<>(values.length + 1);
        fields.add(keyset.list());
        for (int i = 0; i < values.length; i++) {
            if (!keyset.parts().get(i).fits(values[i])) {
                throw new IllegalArgumentException("Value " + i + " of the list " + keyset.list() + " is not "
                        + keyset.parts().get(i));
            }
            fields.add(values[i].toString());
        }
        byte[] payload = String.join(SEPARATOR, fields).getBytes(StandardCharsets.UTF_8);
        byte[] signature = sign(payload);
        byte[] all = Arrays.copyOf(payload, payload.length + signature.length);
        System.arraycopy(signature, 0, all, payload.length, signature.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(all);
    }

    /** The position a cursor of this list names; 400 for any cursor this list did not issue. */
    public Position decode(Keyset keyset, String cursor) {
        String[] fields = verified(cursor);
        if (fields.length != keyset.parts().size() + 1 || !fields[0].equals(keyset.list())) {
            throw new ValidationException("cursor", "is not a cursor of this list");
        }
        List<Object> values = new ArrayList<>(fields.length - 1);
        try {
            for (int i = 1; i < fields.length; i++) {
                values.add(keyset.parts().get(i - 1).parse(fields[i]));
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new ValidationException("cursor", "is not a cursor of this list");
        }
        return new Position(List.copyOf(values));
    }

    /** The fields of a cursor whose signature is ours. */
    private String[] verified(String cursor) {
        try {
            byte[] all = Base64.getUrlDecoder().decode(cursor);
            // Only the canonical spelling is ours: other trailing bits decode to the same bytes.
            boolean canonical = Base64.getUrlEncoder().withoutPadding().encodeToString(all).equals(cursor);
            if (canonical && all.length > SIGNATURE_BYTES) {
                byte[] payload = Arrays.copyOf(all, all.length - SIGNATURE_BYTES);
                byte[] signature = Arrays.copyOfRange(all, all.length - SIGNATURE_BYTES, all.length);
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
            return Arrays.copyOf(mac.doFinal(payload), SIGNATURE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
