package kz.appeals.common;

import io.quarkus.logging.LoggingFilter;
import java.text.MessageFormat;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Masks personal data in every log line: 12-digit IINs and BINs, phone numbers and
 * e-mail addresses. The message is formatted here, masked, and stored back without
 * parameters, so no appender sees the raw values.
 */
@LoggingFilter(name = "pii-mask")
public final class PiiMaskingFilter implements Filter {
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<![0-9])[0-9]{12}(?![0-9])");
    private static final Pattern PHONE = Pattern.compile("(?<![0-9A-Za-z])\\+?[78][\\s(-]*[0-9]{3}[\\s)-]*[0-9]{3}[\\s-]*[0-9]{2}[\\s-]*[0-9]{2}(?![0-9])");

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
        if (thrown != null && thrown.getMessage() != null && !mask(thrown.getMessage()).equals(thrown.getMessage())) {
            // Exception messages (SQL errors with values, for one) may carry personal data.
            record.setThrown(new MaskedThrowable(thrown));
        }
        return true;
    }

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String out = EMAIL.matcher(text).replaceAll("***@***");
        out = TWELVE_DIGITS.matcher(out).replaceAll("************");
        return PHONE.matcher(out).replaceAll("+7**********");
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

    /** Stands in for an exception whose message holds personal data; keeps its stack. */
    static final class MaskedThrowable extends RuntimeException {
        MaskedThrowable(Throwable original) {
            super(original.getClass().getName() + ": " + mask(original.getMessage()),
                    original.getCause() == null || original.getCause() == original ? null : new MaskedThrowable(original.getCause()));
            setStackTrace(original.getStackTrace());
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
