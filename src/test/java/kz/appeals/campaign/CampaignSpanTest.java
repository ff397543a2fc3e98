package kz.appeals.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The one rule of what a campaign covers, and how two spellings of its name compare. */
class CampaignSpanTest {
    private static final CampaignSpan WEEK = new CampaignSpan("FAMILY-WEEK", LocalDate.of(2026, 12, 7),
            LocalDate.of(2026, 12, 11), Set.of("PVL", "EKB"), true);

    @Test
    @DisplayName("its first and last day and every day between are covered in each of its districts")
    void inside() {
        for (LocalDate day = WEEK.from(); !day.isAfter(WEEK.to()); day = day.plusDays(1)) {
            assertThat(WEEK.gap("PVL", day)).as(day.toString()).isEmpty();
            assertThat(WEEK.gap("EKB", day)).as(day.toString()).isEmpty();
        }
    }

    @Test
    @DisplayName("the day before, the day after and another district are not, each saying why")
    void outside() {
        assertThat(WEEK.gap("PVL", LocalDate.of(2026, 12, 6))).hasValueSatisfying(
                why -> assertThat(why).contains("runs from 2026-12-07 to 2026-12-11", "not on 2026-12-06"));
        assertThat(WEEK.gap("PVL", LocalDate.of(2026, 12, 12))).isPresent();
        assertThat(WEEK.gap("AKS", LocalDate.of(2026, 12, 8))).hasValueSatisfying(
                why -> assertThat(why).contains("runs in EKB, PVL", "not in AKS"));
    }

    @Test
    @DisplayName("names compare with letter case and surrounding spaces aside, Cyrillic included")
    void names() {
        assertThat(CampaignSpan.nameKey("  Неделя Поддержки СЕМЬИ ")).isEqualTo(CampaignSpan.nameKey("неделя поддержки семьи"));
        assertThat(CampaignSpan.nameKey("Free legal advice")).isNotEqualTo(CampaignSpan.nameKey("Free legal advice days"));
        assertThat(CampaignSpan.nameKey(null)).isEmpty();
    }
}
