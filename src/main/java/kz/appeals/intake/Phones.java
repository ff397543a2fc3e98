package kz.appeals.intake;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;

/** Phone numbers in any common notation, normalised to E.164 with Google's libphonenumber metadata. */
public final class Phones {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s()-]");
    private static final java.util.regex.Pattern TRUNK_PREFIXED = java.util.regex.Pattern.compile("8[0-9]{10}");

    private Phones() {
    }

    /** E.164 form, or empty when the number cannot exist. Numbers without a country code are Kazakh. */
    public static Optional<String> normalise(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 32) {
            return Optional.empty();
        }
        try {
            String input = raw.strip();
            // Local habit: 8 7xx xxx xx xx is the trunk prefix, not a country code.
            String compact = SEPARATORS.matcher(input).replaceAll("");
            if (TRUNK_PREFIXED.matcher(compact).matches()) {
                input = "+7" + compact.substring(1);
            }
            Phonenumber.PhoneNumber number = UTIL.parse(input, "KZ");
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
