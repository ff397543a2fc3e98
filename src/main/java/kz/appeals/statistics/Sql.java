package kz.appeals.statistics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * SQL text with its parameters, built side by side so a placeholder never drifts from its
 * value. Text comes from constants of this package only; values are always bound.
 */
final class Sql {
    private final StringBuilder text = new StringBuilder(2048);
    private final List<Object> params = new ArrayList<>();

    Sql add(String fragment) {
        text.append(fragment);
        return this;
    }

    Sql bind(Object value) {
        text.append('?');
        params.add(value);
        return this;
    }

    /** {@code and <column> = any(?)}, or nothing for the whole region. */
    Sql inDistricts(String column, Set<String> districts) {
        if (!districts.isEmpty()) {
            add(" and ").add(column).add(" = any(").bind(districts.toArray(String[]::new)).add(")");
        }
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

    PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(text.toString());
        for (int i = 0; i < params.size(); i++) {
            Object value = params.get(i);
            if (value instanceof String[] array) {
                ps.setArray(i + 1, connection.createArrayOf("varchar", array));
            } else if (value instanceof LocalDate date) {
                ps.setObject(i + 1, date);
            } else {
                ps.setObject(i + 1, value);
            }
        }
        return ps;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
