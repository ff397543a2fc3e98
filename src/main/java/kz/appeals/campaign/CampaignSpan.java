package kz.appeals.campaign;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a campaign covers: the days from {@code from} to {@code to} (inclusive local dates,
 * UTC+5) in its districts. The one rule for a reception scheduled in a campaign, an appeal
 * tagged with one at intake or in the historical import, and an edit of the campaign, which
 * must keep covering what it holds.
 */
public record CampaignSpan(String code, LocalDate from, LocalDate to, Set<String> districts, boolean active) {

    public CampaignSpan {
        districts = Set.copyOf(districts);
    }

    /** Why the campaign does not cover {@code day} in {@code district}; empty when it does. */
    public Optional<String> gap(String district, LocalDate day) {
        if (day.isBefore(from) || day.isAfter(to)) {
            return Optional.of("campaign " + code + " runs from " + from + " to " + to + ", not on " + day);
        }
        if (!districts.contains(district)) {
            return Optional.of("campaign " + code + " runs in " + String.join(", ", new TreeSet<>(districts))
                    + ", not in " + district);
        }
        return Optional.empty();
    }

    /** How two spellings of a campaign's name are compared: letter case and surrounding spaces aside. */
    static String nameKey(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
