package kz.appeals.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The export's named parameters made positional for plain JDBC. */
class ExportQueryParametersTest {

    @Test
    @DisplayName("each :name becomes ?, a list one ? per element, in order; casts (::) are left alone")
    void positional() {
        List<Object> values = new ArrayList<>();
        LocalDate today = LocalDate.of(2026, 12, 6);
        String sql = AppealExportQuery.positional("select a.due_on < :today, x::text from appeal a where"
                + " (a.district_code in (:scopeDistricts) or a.agency_code in (:scopeAgencies)) and a.status = :status"
                + " and a.due_on < :today", Map.of("today", today, "scopeDistricts", List.of("PVL", "EKB"),
                "scopeAgencies", List.of("PVL-HOUSING"), "status", "CLOSED"), values);
        assertThat(sql).isEqualTo("select a.due_on < ?, x::text from appeal a where"
                + " (a.district_code in (?, ?) or a.agency_code in (?)) and a.status = ? and a.due_on < ?");
        assertThat(values).containsExactly(today, "PVL", "EKB", "PVL-HOUSING", "CLOSED", today);
    }

    @Test
    @DisplayName("a parameter without a value, or an empty list, is refused rather than sent")
    void missing() {
        assertThatThrownBy(() -> AppealExportQuery.positional("a = :a", Map.of(), new ArrayList<>()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":a");
        assertThatThrownBy(() -> AppealExportQuery.positional("a in (:a)", Map.of("a", List.of()), new ArrayList<>()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }
}
