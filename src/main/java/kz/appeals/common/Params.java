package kz.appeals.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Query parameters arrive as text and are parsed here, so that a malformed value is a
 * 400 naming the parameter (JAX-RS would answer 404 for a failed conversion).
 */
public final class Params {
    private Params() {
    }

    public static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(name, "must be an integer");
        }
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(name, "must be a date YYYY-MM-DD");
        }
    }

    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new ValidationException(name, "must be true or false");
        };
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(name, "is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
