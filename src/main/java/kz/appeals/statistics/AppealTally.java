package kz.appeals.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;
import kz.appeals.statistics.StatsDtos.AppealFigures;

/** The counts of one key in one period as they are summed from rollup rows and deltas. */
final class AppealTally {
    /** Indexed by {@link AppealCounter#ordinal()}. */
    final long[] counts = new long[AppealCounter.values().length];
    /** Pending appeals due today or later; the others are overdue. */
    long notYetDue;
    /** Working days to answer, and how many appeals took that many. */
    final TreeMap<Integer, Long> answerDays = new TreeMap<>();

    /**
     * Adds a histogram as the rollups hold it, in PostgreSQL's text form of an int[] ({@code {4,0,17}}):
     * element i counts the appeals answered in i working days. Parsed here: the driver's
     * {@code getArray()} took 30 times longer for the few hundred rows of a year's answer.
     */
    void addAnswerDays(String histogram) {
        int days = 0;
        long count = 0;
        boolean negative = false;
        for (int i = 1; i < histogram.length(); i++) {
            char ch = histogram.charAt(i);
            if (ch >= '0' && ch <= '9') {
                count = count * 10 + (ch - '0');
            } else if (ch == '-') {
                negative = true;
            } else if (ch == ',' || ch == '}') {
                if (count != 0) {
                    answerDays.merge(days, negative ? -count : count, (a, b) -> a + b == 0 ? null : a + b);
                }
                if (ch == '}') {
                    return;
                }
                days++;
                count = 0;
                negative = false;
            } else {
                throw new IllegalArgumentException("not a histogram of working days: " + histogram);
            }
        }
        throw new IllegalArgumentException("not a histogram of working days: " + histogram);
    }

    long get(AppealCounter counter) {
        return counts[counter.ordinal()];
    }

    boolean isEmpty() {
        return get(AppealCounter.RECEIVED) == 0;
    }

    void add(AppealTally other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        notYetDue += other.notYetDue;
        other.answerDays.forEach((days, count) -> answerDays.merge(days, count, Long::sum));
    }

    AppealFigures toFigures(String key) {
        return toFigures(key, null);
    }

    /** The figures under a key; a campaign's row also names the campaign (label null otherwise). */
    AppealFigures toFigures(String key, CampaignLabel label) {
        long received = get(AppealCounter.RECEIVED);
        long pending = received - get(AppealCounter.RESOLVED);
        long onTime = get(AppealCounter.ANSWERED_ON_TIME);
        long late = get(AppealCounter.ANSWERED_LATE);
        long feedback = get(AppealCounter.FEEDBACK);
        long noticesOnTime = get(AppealCounter.NOTICES_ON_TIME);
        long noticesLate = get(AppealCounter.NOTICES_LATE);
        return new AppealFigures(key, label == null ? null : label.kind(), label == null ? null : label.nameRu(),
                label == null ? null : label.nameKk(), received, get(AppealCounter.RESOLVED), pending, pending - notYetDue,
                get(AppealCounter.POSITIVE), get(AppealCounter.EXPLAINED), get(AppealCounter.REJECTED),
                get(AppealCounter.REDIRECTED), get(AppealCounter.TERMINATED), get(AppealCounter.REPEATS),
                rate(get(AppealCounter.POSITIVE), received), median(answerDays),
                onTime, late, rate(onTime, onTime + late), get(AppealCounter.EXTENDED),
                get(AppealCounter.REDIRECTED_LATE), get(AppealCounter.RETURNED), get(AppealCounter.REOPENED),
                get(AppealCounter.COLLECTIVE), get(AppealCounter.ANONYMOUS),
                feedback, get(AppealCounter.CONFIRMED_POSITIVE), get(AppealCounter.DISPUTED),
                feedback == 0 ? null : BigDecimal.valueOf(get(AppealCounter.RATING_SUM))
                        .divide(BigDecimal.valueOf(feedback), 2, RoundingMode.HALF_UP),
                noticesLate, noticesOnTime, rate(noticesOnTime, noticesOnTime + noticesLate));
    }

    /** {@code part / whole} to 4 decimals, half up; 0 when whole is 0. */
    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    /** The exact median of a histogram, to one decimal (x.5 when the two middle values differ); null when empty. */
    static BigDecimal median(TreeMap<Integer, Long> histogram) {
        long count = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (count <= 0) {
            return null;
        }
        long lowerRank = (count + 1) / 2;
        long upperRank = count / 2 + 1;
        Integer lower = null;
        Integer upper = null;
        long seen = 0;
        for (Map.Entry<Integer, Long> e : histogram.entrySet()) {
            seen += e.getValue();
            if (lower == null && seen >= lowerRank) {
                lower = e.getKey();
            }
            if (seen >= upperRank) {
                upper = e.getKey();
                break;
            }
        }
        return BigDecimal.valueOf((long) lower + upper).divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
    }
}
