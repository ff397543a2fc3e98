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

    @Test
    @DisplayName("averageRating is the rating sum over the feedbacks, 2 decimals half up, null without feedback;"
            + " noticesOnTimeRate is notices on time over notices on time or late")
    void feedbackAndNoticeFigures() {
        AppealTally tally = new AppealTally();
        var none = tally.toFigures(null);
        assertThat(none.averageRating()).isNull();
        assertThat(none.noticesOnTimeRate()).isEqualTo(new BigDecimal("0.0000"));
        tally.counts[AppealCounter.RECEIVED.ordinal()] = 10;
        tally.counts[AppealCounter.FEEDBACK.ordinal()] = 3;
        tally.counts[AppealCounter.RATING_SUM.ordinal()] = 13;
        tally.counts[AppealCounter.CONFIRMED_POSITIVE.ordinal()] = 2;
        tally.counts[AppealCounter.DISPUTED.ordinal()] = 1;
        tally.counts[AppealCounter.NOTICES_ON_TIME.ordinal()] = 7;
        tally.counts[AppealCounter.NOTICES_LATE.ordinal()] = 1;
        var figures = tally.toFigures("FAMILY-WEEK", new CampaignLabel("THEMED_WEEK", "Неделя семьи", "Отбасы апталығы"));
        assertThat(figures.averageRating()).isEqualTo(new BigDecimal("4.33"));
        assertThat(figures.feedbackCount()).isEqualTo(3);
        assertThat(figures.confirmedPositive()).isEqualTo(2);
        assertThat(figures.disputed()).isEqualTo(1);
        assertThat(figures.noticesOnTimeRate()).isEqualTo(new BigDecimal("0.8750"));
        assertThat(figures.kind()).isEqualTo("THEMED_WEEK");
        assertThat(figures.nameKk()).isEqualTo("Отбасы апталығы");
        tally.counts[AppealCounter.RATING_SUM.ordinal()] = 14;
        assertThat(tally.toFigures(null).averageRating()).isEqualTo(new BigDecimal("4.67"));
    }
}
