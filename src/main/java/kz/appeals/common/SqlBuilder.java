package kz.appeals.common;

import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SQL or JPQL text with its parameters, built side by side so a placeholder never drifts from
 * its value: the one builder of the service's dynamic queries (the lists' filters, the caller's
 * scope, the statistics). Text comes from the code's constants; every value is bound, never
 * spliced. The same text renders for JDBC ({@code ?}, {@link #prepare}) or for JPA and Panache
 * (named {@code :p1, :p2, ...}, {@link #named} with {@link #parameters}), so a condition written
 * once serves native SQL, HQL and plain JDBC alike.
 *
 * <p>Conditions: {@link #and} joins them with {@code and}; a {@code ?} in a condition stands for
 * the next of its values. {@link #andIf} leaves a condition out when its value is absent, which
 * is what a list's optional filters want.
 */
public class SqlBuilder {
    /** Stands for one bound value in the text until it is rendered; never in SQL text of ours. */
    private static final char SLOT = '\u0000';
    /** The prefix of the names JPA rendering gives the values; a caller's own names must not start with it. */
    private static final String NAME = "p";

    private final StringBuilder text = new StringBuilder(256);
    private final List<Object> values = new ArrayList<>();

    /** Appends text as it is. */
    public SqlBuilder add(String fragment) {
        if (fragment.indexOf(SLOT) >= 0) {
            throw new IllegalArgumentException("SQL text with a NUL character");
        }
        text.append(fragment);
        return this;
    }

    /** Appends a placeholder for the value. */
    public SqlBuilder bind(Object value) {
        text.append(SLOT);
        values.add(value);
        return this;
    }

    /** Appends another builder's text with its values, in place (a condition built elsewhere, such as a scope). */
    public SqlBuilder add(SqlBuilder other) {
        text.append(other.text);
        values.addAll(other.values);
        return this;
    }

    /**
     * Appends a condition, after {@code and} when conditions precede it; each {@code ?} in it
     * is bound to the next of {@code conditionValues}, which must match them in number.
     */
    public SqlBuilder and(String condition, Object... conditionValues) {
        if (!text.isEmpty()) {
            text.append(" and ");
        }
        int next = 0;
        for (int i = 0; i < condition.length(); i++) {
            char c = condition.charAt(i);
            if (c == '?') {
                if (next == conditionValues.length) {
                    throw new IllegalArgumentException("More placeholders than values in: " + condition);
                }
                bind(conditionValues[next++]);
            } else if (c == SLOT) {
                throw new IllegalArgumentException("SQL text with a NUL character");
            } else {
                text.append(c);
            }
        }
        if (next != conditionValues.length) {
            throw new IllegalArgumentException("More values than placeholders in: " + condition);
        }
        return this;
    }

    /** {@link #and} with one value, or nothing when the value is null (an optional filter not given). */
    public SqlBuilder andIf(String condition, Object value) {
        return value == null ? this : and(condition, value);
    }

    /** {@code and <column> = any(?)} for JDBC, or nothing when {@code codes} is empty (the whole region). */
    public SqlBuilder inDistricts(String column, java.util.Collection<String> codes) {
        if (!codes.isEmpty()) {
            add(" and ").add(column).add(" = any(").bind(codes.toArray(String[]::new)).add(")");
        }
        return this;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The text for JDBC: a {@code ?} per value. */
    public String jdbc() {
        return text.toString().replace(SLOT, '?');
    }

    /** The text for JPA or Panache: the values named {@code :p1, :p2, ...} in order ({@link #parameters}). */
    public String named() {
        StringBuilder out = new StringBuilder(text.length() + 4 * values.size());
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == SLOT) {
                out.append(':').append(NAME).append(++n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The values by the names {@link #named} gives them. */
    public Map<String, Object> parameters() {
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            named.put(NAME + (i + 1), values.get(i));
        }
        return Collections.unmodifiableMap(named);
    }

    /** Binds the values to a query made from {@link #named}. */
    public void bindTo(Query query) {
        parameters().forEach(query::setParameter);
    }

    /** A statement of the {@link #jdbc} text with the values bound; a String[] goes as a varchar array. */
    public PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(jdbc());
        try {
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value instanceof String[] array) {
                    ps.setArray(i + 1, connection.createArrayOf("varchar", array));
                } else {
                    ps.setObject(i + 1, value);
                }
            }
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
        return ps;
    }

    /** The JDBC text, for messages and tests. */
    @Override
    public String toString() {
        return jdbc();
    }
}
