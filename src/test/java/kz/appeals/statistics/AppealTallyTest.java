package kz.appeals.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The histogram of working days as the rollups hold it, and its median. */
class AppealTallyTest {

    @Test
    @DisplayName("an int[] in PostgreSQL's text form adds up element by element; zeros add nothing")
    void parsesHistograms() {
        AppealTally tally = new AppealTally();
        tally.addAnswerDays("{}");
        assertThat(tally.answerDays).isEmpty();
        tally.addAnswerDays("{0,2,0,13}");
        tally.addAnswerDays("{1,-2,0,0,0,0,0,0,0,0,120}");
        assertThat(tally.answerDays).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(0, 1L, 3, 13L, 10, 120L)));
        assertThat(AppealTally.median(tally.answerDays)).isEqualTo(new BigDecimal("10.0"));
    }

    @Test
    @DisplayName("text that is not a histogram is refused, not read as zeros")
    void refusesOtherText() {
        AppealTally tally = new AppealTally();
        assertThatThrownBy(() -> tally.addAnswerDays("{1,2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tally.addAnswerDays("{1,NULL}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("the median of an even count is the mean of the two middle values")
    void medianOfEvenCount() {
        AppealTally tally = new AppealTally();
        tally.addAnswerDays("{0,1,0,1}");
        assertThat(AppealTally.median(tally.answerDays)).isEqualTo(new BigDecimal("2.0"));
        tally.addAnswerDays("{0,0,0,0,1,1}");
        assertThat(AppealTally.median(tally.answerDays)).isEqualTo(new BigDecimal("3.5"));
    }

    @Test
    @DisplayName("onTimeRate is answers on time over all answers, 4 decimals half up; 0.0000 without answers")
    void onTimeRate() {
        AppealTally tally = new AppealTally();
        assertThat(tally.toFigures(null).onTimeRate()).isEqualTo(new BigDecimal("0.0000"));
        tally.counts[AppealCounter.RECEIVED.ordinal()] = 10;
        tally.counts[AppealCounter.RESOLVED.ordinal()] = 4;
        tally.counts[AppealCounter.ANSWERED_ON_TIME.ordinal()] = 2;
        tally.counts[AppealCounter.ANSWERED_LATE.ordinal()] = 1;
        tally.counts[AppealCounter.EXTENDED.ordinal()] = 5;
        var figures = tally.toFigures("PVL");
        assertThat(figures.onTimeRate()).isEqualTo(new BigDecimal("0.6667"));
        assertThat(figures.answeredOnTime()).isEqualTo(2);
        assertThat(figures.answeredLate()).isEqualTo(1);
        assertThat(figures.extended()).isEqualTo(5);
        assertThat(figures.pending()).isEqualTo(6);
    }
}
