package kz.appeals.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The one builder of dynamic conditions: every value bound, in order, for JDBC and for JPA alike. */
class SqlBuilderTest {

    @Test
    @DisplayName("conditions are joined by 'and'; optional ones without a value are left out")
    void conditions() {
        SqlBuilder where = new SqlBuilder()
                .andIf("a.status = ?", "CLOSED")
                .andIf("a.channel = ?", null)
                .and("(a.registration_number = ? or a.text like ?)", "PVL-2026-000001", "%x%");
        assertThat(where.jdbc()).isEqualTo("a.status = ? and (a.registration_number = ? or a.text like ?)");
        assertThat(where.named()).isEqualTo("a.status = :p1 and (a.registration_number = :p2 or a.text like :p3)");
        assertThat(where.parameters()).containsExactly(
                java.util.Map.entry("p1", "CLOSED"), java.util.Map.entry("p2", "PVL-2026-000001"),
                java.util.Map.entry("p3", "%x%"));
    }

    @Test
    @DisplayName("no condition given: the builder stays empty, so a list adds no 'where'")
    void empty() {
        SqlBuilder where = new SqlBuilder().andIf("a = ?", null).andIf("b = ?", null);
        assertThat(where.isEmpty()).isTrue();
        assertThat(where.named()).isEmpty();
        assertThat(where.parameters()).isEmpty();
    }

    @Test
    @DisplayName("a builder appended to another keeps its values in their places, numbered on from the outer ones")
    void nested() {
        SqlBuilder scope = new SqlBuilder().add("(a.district_code in (").bind(List.of("PVL", "EKB")).add("))");
        SqlBuilder query = new SqlBuilder().and("a.type = ?", "COMPLAINT").and("true").add(" and ").add(scope)
                .and("a.due_on < ?", LocalDate.of(2026, 12, 1));
        assertThat(query.named())
                .isEqualTo("a.type = :p1 and true and (a.district_code in (:p2)) and a.due_on < :p3");
        assertThat(query.parameters().values())
                .containsExactly("COMPLAINT", List.of("PVL", "EKB"), LocalDate.of(2026, 12, 1));
    }

    @Test
    @DisplayName("a value is never spliced into the text: quotes and placeholders in values stay values")
    void valuesStayValues() {
        SqlBuilder where = new SqlBuilder().and("a.text = ?", "x' or '1'='1 ?");
        assertThat(where.jdbc()).isEqualTo("a.text = ?");
        assertThat(where.parameters()).containsEntry("p1", "x' or '1'='1 ?");
    }

    @Test
    @DisplayName("placeholders and values that do not match in number are a programming error")
    void countsMustMatch() {
        assertThatThrownBy(() -> new SqlBuilder().and("a = ? and b = ?", 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SqlBuilder().and("a = ?", 1, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("districts: '= any(?)' with the codes as one array, or nothing for the whole region")
    void districts() {
        SqlBuilder some = new SqlBuilder().add("where true").inDistricts("s.district_code", List.of("PVL"));
        assertThat(some.jdbc()).isEqualTo("where true and s.district_code = any(?)");
        assertThat(some.parameters().get("p1")).isEqualTo(new String[] {"PVL"});
        assertThat(new SqlBuilder().add("where true").inDistricts("s.district_code", List.of()).jdbc())
                .isEqualTo("where true");
    }
}
