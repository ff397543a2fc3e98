package kz.appeals.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kz.appeals.intake.Phones;

/**
 * How an applicant is named in the access log without their data: HMAC-SHA256 under the
 * server's key of the IIN ("iin:" + 12 digits) or of the phone ("phone:" + E.164). The same
 * value hashed the same way finds the rows again; without the key, hashing all possible IINs
 * finds nothing.
 */
final class ApplicantKeys {
    static final int MIN_KEY_LENGTH = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final Mac prototype;

    ApplicantKeys(String key) {
        if (key == null || key.strip().length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException("appeals.audit.key (APPEALS_AUDIT_KEY) must be set to a secret of at least "
                    + MIN_KEY_LENGTH + " characters while the personal-data access log is on (appeals.audit.enabled)");
        }
        try {
            prototype = Mac.getInstance(ALGORITHM);
            prototype.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The key of an IIN as given (surrounding blanks ignored), or null for none. */
    byte[] iin(String iin) {
        return iin == null || iin.isBlank() ? null : hash("iin:" + iin.strip());
    }

    /** The key of a phone as the register stores it (E.164), or null for none. */
    byte[] phone(String e164) {
        return e164 == null || e164.isBlank() ? null : hash("phone:" + e164.strip());
    }

    /**
     * The key of a phone as someone typed it, in any notation the register accepts: taken in E.164
     * first. Only for typed values: parsing costs more than the rest of recording a read.
     */
    byte[] typedPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        // anything unparseable is kept as written: the lookup is recorded, never dropped
        return phone(Phones.normalise(phone).orElse(phone.strip()));
    }

    private byte[] hash(String value) {
        try {
            // Mac is not thread-safe; a clone of the initialised one costs less than a new init
            Mac mac = (Mac) prototype.clone();
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
