package kz.appeals.statistics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * groupBy=campaign: the campaigns' kinds and names (the catalogue, a few hundred rows at most, read
 * in the answer's snapshot), and the earlier years' rows by kind. A campaign is compared with last
 * year's campaigns of its kind: an earlier year's row under a campaign's code sums the appeals (or
 * receptions) of every campaign of the same kind on the same dates shifted by whole years; NONE
 * (no campaign) is compared with NONE. docs/statistics.md says the same.
 */
final class CampaignGroups {
    static final String NONE = "NONE";

    private final Map<String, CampaignLabel> labels;

    private CampaignGroups(Map<String, CampaignLabel> labels) {
        this.labels = labels;
    }

    static CampaignGroups load(Connection connection) throws SQLException {
        Map<String, CampaignLabel> labels = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("select code, kind, name_ru, name_kk from campaign");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                labels.put(rs.getString(1), new CampaignLabel(rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return new CampaignGroups(labels);
    }

    /** The kind and names of a campaign's row; null for NONE. */
    CampaignLabel label(String key) {
        return labels.get(key);
    }

    /**
     * An earlier year's groups under this period's keys: each the sum of that year's groups of the
     * same kind. Keys whose sum is empty are left out, as groups without appeals are.
     */
    <T> TreeMap<String, T> byKind(Set<String> keys, Map<String, T> earlier, Supplier<T> zero, BiConsumer<T, T> add,
                                  Predicate<T> empty) {
        TreeMap<String, T> out = new TreeMap<>();
        for (String key : keys) {
            String kind = kindOf(key);
            T sum = zero.get();
            earlier.forEach((k, tally) -> {
                if (kind.equals(kindOf(k))) {
                    add.accept(sum, tally);
                }
            });
            if (!empty.test(sum)) {
                out.put(key, sum);
            }
        }
        return out;
    }

    /** NONE is its own kind; a code the catalogue does not know (none should exist) only itself. */
    private String kindOf(String key) {
        CampaignLabel label = labels.get(key);
        return label == null ? "code:" + key : label.kind();
    }
}
