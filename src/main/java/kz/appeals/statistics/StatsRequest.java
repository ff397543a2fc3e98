package kz.appeals.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.appeals.common.Errors;
import kz.appeals.common.Params;
import kz.appeals.common.RegionTime;

/**
 * The query of a statistics call, checked: an inclusive range of at most 10 years, an
 * optional grouping, and 0 to 10 earlier years to compare with.
 */
record StatsRequest<G>(Period period, G groupBy, int compareYears) {
    static final int MAX_YEARS = 10;
    static final int MAX_COMPARE_YEARS = 10;
    private static final LocalDate EARLIEST = RegionTime.EARLIEST_DATE;
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    /** Parses the query values; every invalid one is named in a single 400. */
    static <G> StatsRequest<G> parse(String from, String to, String groupBy, String compareYears,
                                     List<G> groupings, Function<G, String> name) {
        Errors errors = new Errors();
        LocalDate first = date(errors, "from", from);
        LocalDate last = date(errors, "to", to);
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                errors.add("to", "must not be before from");
            } else if (!last.isBefore(first.plusYears(MAX_YEARS))) {
                errors.add("to", "the range must not exceed " + MAX_YEARS + " years");
            }
        }
        G grouping = null;
        if (groupBy != null && !groupBy.isBlank()) {
            grouping = groupings.stream().filter(g -> name.apply(g).equals(groupBy.strip())).findFirst().orElse(null);
            if (grouping == null) {
                errors.add("groupBy", "must be one of " + groupings.stream().map(name).collect(Collectors.joining(", ")));
            }
        }
        int years = 0;
        try {
            Integer parsed = Params.integer("compareYears", compareYears);
            years = parsed == null ? 0 : parsed;
            if (years < 0 || years > MAX_COMPARE_YEARS) {
                errors.add("compareYears", "must be between 0 and " + MAX_COMPARE_YEARS);
            }
        } catch (kz.appeals.common.ValidationException e) {
            errors.add("compareYears", "must be an integer");
        }
        errors.throwIfAny();
        return new StatsRequest<>(new Period(first, last), grouping, years);
    }

    private static LocalDate date(Errors errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(field, "is required (a date YYYY-MM-DD)");
            return null;
        }
        try {
            LocalDate date = Params.date(field, value);
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                errors.add(field, "must be between " + EARLIEST + " and " + LATEST);
                return null;
            }
            return date;
        } catch (kz.appeals.common.ValidationException e) {
            errors.add(field, "must be a date YYYY-MM-DD");
            return null;
        }
    }

    /** The period asked for, then the same dates of each earlier year, most recent first. */
    List<Period> periods() {
        List<Period> out = new ArrayList<>(compareYears + 1);
        out.add(period);
        for (int k = 1; k <= compareYears; k++) {
            out.add(period.yearsBefore(k));
        }
        return out;
    }

    static <E extends Enum<E>> List<E> all(Class<E> type) {
        return Arrays.asList(type.getEnumConstants());
    }
}
