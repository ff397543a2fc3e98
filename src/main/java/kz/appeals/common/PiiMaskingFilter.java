package kz.appeals.common;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.quarkus.logging.LoggingFilter;
import java.text.MessageFormat;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Masks personal data in every log line: e-mail addresses, 12-digit IINs and BINs, and phone
 * numbers in any notation (found by libphonenumber's matcher with Kazakhstan as the default
 * region, the same metadata intake validates with). The message is formatted here, masked, and
 * stored back without parameters, so no appender sees the raw values; a logged exception is
 * replaced by a masked copy of its whole chain (causes and suppressed exceptions), stacks kept.
 */
@LoggingFilter(name = "pii-mask")
public final class PiiMaskingFilter implements Filter {
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final String REGION = "KZ";
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");
    private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<![0-9])[0-9]{12}(?![0-9])");
    private static final String IIN_MASK = "************";
    /** Fewer digits than this cannot hold a phone number, so the matcher is not run. */
    private static final int MIN_PHONE_DIGITS = 5;

    @Override
    public boolean isLoggable(LogRecord record) {
        String formatted = format(record);
        if (formatted != null) {
            String masked = mask(formatted);
            if (!masked.equals(formatted) || record.getParameters() != null) {
                if (record instanceof ExtLogRecord ext) {
                    ext.setMessage(masked, ExtLogRecord.FormatStyle.NO_FORMAT);
                } else {
                    record.setMessage(masked);
                }
                record.setParameters(null);
            }
        }
        Throwable thrown = record.getThrown();
        if (thrown != null && holdsPersonalData(thrown, new IdentityHashMap<>())) {
            record.setThrown(MaskedThrowable.of(thrown, new IdentityHashMap<>()));
        }
        return true;
    }

    /** The text with every e-mail address, IIN/BIN and phone number replaced by stars. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String out = EMAIL.matcher(text).replaceAll("***@***");
        out = TWELVE_DIGITS.matcher(out).replaceAll(IIN_MASK);
        return maskPhones(out);
    }

    private static String maskPhones(String text) {
        if (text.chars().filter(c -> c >= '0' && c <= '9').count() < MIN_PHONE_DIGITS) {
            return text;
        }
        // POSSIBLE: a number of a plausible length for its region is hidden even when no operator
        // has it, and a bare national number (7012345678) too; a log is better off with an
        // over-eager mask than with one missed number. Digits glued to Latin letters are left:
        // stricter leniencies skip those as well.
        Iterable<PhoneNumberMatch> matches = PHONES.findNumbers(text, REGION, PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE);
        StringBuilder out = null;
        int last = 0;
        for (PhoneNumberMatch match : matches) {
            if (gluedToLatinLetters(text, match.start(), match.end())) {
                continue; // a part of an identifier such as a UUID or a hash, not a number someone dials
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, match.start());
            out.append(match.number().getCountryCode() == 7 ? "+7**********" : "+**********");
            last = match.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    private static boolean gluedToLatinLetters(String text, int start, int end) {
        return (start > 0 && latinLetter(text.charAt(start - 1))) || (end < text.length() && latinLetter(text.charAt(end)));
    }

    private static boolean latinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static String format(LogRecord record) {
        String message = record.getMessage();
        Object[] params = record.getParameters();
        if (message == null || params == null || params.length == 0) {
            return message;
        }
        try {
            if (record instanceof ExtLogRecord ext && ext.getFormatStyle() == ExtLogRecord.FormatStyle.PRINTF) {
                return String.format(message, params);
            }
            return MessageFormat.format(message, params);
        } catch (IllegalArgumentException e) {
            return message;
        }
    }

    /** Whether any exception in the chain (causes, suppressed, theirs) says something that masking changes. */
    private static boolean holdsPersonalData(Throwable t, Map<Throwable, Boolean> seen) {
        if (t == null || seen.put(t, Boolean.TRUE) != null) {
            return false;
        }
        String text = t.toString();
        if (!mask(text).equals(text)) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (holdsPersonalData(suppressed, seen)) {
                return true;
            }
        }
        return holdsPersonalData(t.getCause(), seen);
    }

    /**
     * Stands in for an exception of a chain that holds personal data: prints as the original's
     * class name and masked message, keeps its stack, and stands in the same way for its cause
     * and suppressed exceptions (a cycle is masked once).
     */
    static final class MaskedThrowable extends RuntimeException {
        private final String text;

        private MaskedThrowable(String text) {
            super(text);
            this.text = text;
        }

        static MaskedThrowable of(Throwable original, Map<Throwable, MaskedThrowable> done) {
            MaskedThrowable known = done.get(original);
            if (known != null) {
                return known;
            }
            MaskedThrowable masked = new MaskedThrowable(mask(original.toString()));
            done.put(original, masked);
            masked.setStackTrace(original.getStackTrace());
            Throwable cause = original.getCause();
            if (cause != null && cause != original) {
                masked.initCause(of(cause, done));
            }
            for (Throwable suppressed : original.getSuppressed()) {
                masked.addSuppressed(of(suppressed, done));
            }
            return masked;
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
