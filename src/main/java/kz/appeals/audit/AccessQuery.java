package kz.appeals.audit;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import kz.appeals.common.Errors;
import kz.appeals.common.Params;
import kz.appeals.common.ValidationException;
import kz.appeals.intake.Identifiers;
import kz.appeals.intake.Phones;

/**
 * The admin's query string, checked as a whole: a name the endpoint does not know, a name given
 * twice or a value that cannot be what it names is a 400 naming it; nothing is guessed.
 */
final class AccessQuery {
    static final Set<String> NAMES = Set.of("appealId", "iin", "phone", "subject", "from", "to", "limit", "cursor");
    private static final int MAX_SUBJECT = 255;

    private AccessQuery() {
    }

    static AccessFilter filter(MultivaluedMap<String, String> query, ApplicantKeys keys) {
        Errors errors = new Errors();
        query.forEach((name, values) -> {
            if (!NAMES.contains(name)) {
                errors.add(name, "is not a parameter of this query; use " + String.join(", ", names()));
            } else if (values.size() > 1) {
                errors.add(name, "is given more than once");
            }
        });
        errors.throwIfAny();
        Long appealId = appealId(query.getFirst("appealId"));
        String iin = blankToNull(query.getFirst("iin"));
        if (iin != null && !Identifiers.validChecksum(iin)) {
            throw new ValidationException("iin", "is not a valid IIN (12 digits, check digit)");
        }
        String typed = blankToNull(query.getFirst("phone"));
        String phone = typed == null ? null : Phones.normalise(typed)
                .orElseThrow(() -> new ValidationException("phone", "is not a possible phone number"));
        if ((iin != null || phone != null) && keys == null) {
            throw new ValidationException(iin != null ? "iin" : "phone",
                    "cannot be searched while appeals.audit.key is not set");
        }
        String subject = blankToNull(query.getFirst("subject"));
        if (subject != null && subject.length() > MAX_SUBJECT) {
            throw new ValidationException("subject", "is longer than " + MAX_SUBJECT + " characters");
        }
        LocalDate from = Params.date("from", query.getFirst("from"));
        LocalDate to = Params.date("to", query.getFirst("to"));
        if (from != null && to != null && to.isBefore(from)) {
            throw new ValidationException("to", "is before from");
        }
        return new AccessFilter(appealId, iin == null ? null : keys.iin(iin), phone == null ? null : keys.phone(phone),
                subject, from, to);
    }

    private static Long appealId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to the same answer
        }
        throw new ValidationException("appealId", "must be a positive whole number");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static List<String> names() {
        return NAMES.stream().sorted().toList();
    }
}
