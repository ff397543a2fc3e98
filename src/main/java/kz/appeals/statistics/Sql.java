package kz.appeals.statistics;

import java.util.List;
import java.util.Set;
import kz.appeals.common.SqlBuilder;

/**
 * The statistics' SQL: {@link SqlBuilder} with the table of periods the queries join, typed so
 * that a chain of appends keeps its methods. Text comes from constants of this package only.
 */
final class Sql extends SqlBuilder {
    @Override
    public Sql add(String fragment) {
        super.add(fragment);
        return this;
    }

    @Override
    public Sql bind(Object value) {
        super.bind(value);
        return this;
    }

    /** {@code and <column> = any(?)}, or nothing for the whole region. */
    Sql inDistricts(String column, Set<String> districts) {
        super.inDistricts(column, districts);
        return this;
    }

    /** {@code (values (0, from, to), (1, from, to), ...) per(n, f, t)}: the periods, numbered. */
    Sql periods(List<Period> periods) {
        add("(values ");
        for (int n = 0; n < periods.size(); n++) {
            add(n == 0 ? "(" : ", (").add(Integer.toString(n)).add(", ").bind(periods.get(n).from()).add("::date, ")
                    .bind(periods.get(n).to()).add("::date)");
        }
        return add(") per(n, f, t)");
    }
}
