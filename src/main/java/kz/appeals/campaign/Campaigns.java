package kz.appeals.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.appeals.common.ProblemException;
import kz.appeals.common.ValidationException;

/**
 * The campaigns as other features see them: receptions scheduled in one, appeals tagged with
 * one at intake, the historical import. Every check asks {@link CampaignSpan}. A campaign
 * read here for a new reception or appeal is share-locked until the caller's transaction
 * ends, so an edit that moves its period or districts (which locks it for update) either
 * runs first and is seen here, or waits and then sees the new reception or appeal.
 */
@ApplicationScoped
public class Campaigns {

    /**
     * The campaign a new reception belongs to, by code, or by name for clients of the free-text
     * field {@code campaign} (its Russian or Kazakh name, letter case aside); null when neither is
     * given. Unknown code, or a name that is not the coded campaign's: 400. Inactive, or not
     * covering the reception's district and day: 422.
     */
    public String forReception(String code, String name, String district, LocalDate day) {
        boolean named = name != null && !name.isBlank();
        if (code == null && !named) {
            return null;
        }
        Campaign campaign;
        if (code != null) {
            campaign = existing(code, "campaignCode");
            if (named && !campaign.isNamed(name)) {
                throw new ValidationException("campaign", "is not the name of campaign " + code
                        + "; give campaignCode alone");
            }
        } else {
            campaign = named(name.strip(), district, day);
        }
        requireTakes(campaign, district, day, "A reception");
        return campaign.code;
    }

    /**
     * The campaign an appeal is tagged with at intake: known (else 400), active and covering the
     * appeal's district on the day it was received (else 422).
     */
    public String forAppeal(String code, String district, LocalDate receivedOn) {
        Campaign campaign = existing(code, "campaignCode");
        requireTakes(campaign, district, receivedOn, "An appeal");
        return campaign.code;
    }

    /**
     * Every campaign's span by code, for the historical import, which checks thousands of lines
     * against them without a query per line. Records of the past may name campaigns that have
     * ended and been deactivated: the import checks the period and districts only.
     */
    public Map<String, CampaignSpan> spans() {
        Map<String, CampaignSpan> out = new HashMap<>();
        Campaign.<Campaign>listAll().forEach(c -> out.put(c.code, c.span()));
        return out;
    }

    /**
     * The code of the one campaign of that name (Russian or Kazakh, letter case aside) that covers
     * {@code district} on {@code day}, or null when none or several do. The import maps a
     * historical reception's free-text campaign with it.
     */
    public String codeOfNamed(String name, String district, LocalDate day, Map<String, CampaignSpan> spans,
                              Map<String, List<String>> codesByName) {
        List<String> codes = codesByName.getOrDefault(CampaignSpan.nameKey(name), List.of()).stream()
                .filter(c -> spans.get(c).gap(district, day).isEmpty())
                .toList();
        return codes.size() == 1 ? codes.get(0) : null;
    }

    /** The codes of the campaigns by each of their names' comparison key, for {@link #codeOfNamed}. */
    public Map<String, List<String>> codesByName() {
        Map<String, List<String>> out = new HashMap<>();
        for (Campaign c : Campaign.<Campaign>listAll()) {
            out.computeIfAbsent(CampaignSpan.nameKey(c.nameRu), k -> new java.util.ArrayList<>()).add(c.code);
            if (!Objects.equals(CampaignSpan.nameKey(c.nameKk), CampaignSpan.nameKey(c.nameRu))) {
                out.computeIfAbsent(CampaignSpan.nameKey(c.nameKk), k -> new java.util.ArrayList<>()).add(c.code);
            }
        }
        return out;
    }

    /** The names (Russian) of the campaigns with these codes, for lists that show them. */
    public Map<String, String> namesRu(java.util.Collection<String> codes) {
        Map<String, String> out = new HashMap<>();
        if (!codes.isEmpty()) {
            Campaign.<Campaign>list("code in ?1", codes).forEach(c -> out.put(c.code, c.nameRu));
        }
        return out;
    }

    /** The campaign with this code, share-locked; 400 naming {@code field} when there is none. */
    private static Campaign existing(String code, String field) {
        Campaign campaign = Campaign.<Campaign>find("code", code).withLock(LockModeType.PESSIMISTIC_READ).firstResult();
        if (campaign == null) {
            throw new ValidationException(field, "no such campaign (GET /api/v1/campaigns)");
        }
        return campaign;
    }

    /** The one active campaign of that name covering the district and day, share-locked; 422 when none or several. */
    private static Campaign named(String name, String district, LocalDate day) {
        // Names are compared in Java: the database's lower() depends on its locale, Cyrillic included.
        List<Campaign> covering = Campaign.<Campaign>find("active = true and startsOn <= ?1 and endsOn >= ?1", day)
                .withLock(LockModeType.PESSIMISTIC_READ).list().stream()
                .filter(c -> c.isNamed(name) && c.span().gap(district, day).isEmpty())
                .toList();
        if (covering.size() == 1) {
            return covering.get(0);
        }
        throw ProblemException.unprocessable(covering.isEmpty()
                ? "No active campaign named \"" + name + "\" runs in " + district + " on " + day
                        + "; create it (POST /api/v1/campaigns) and name it by campaignCode"
                : covering.size() + " campaigns named \"" + name + "\" run in " + district + " on " + day
                        + "; name one by campaignCode (" + String.join(", ", covering.stream().map(c -> c.code).toList()) + ")");
    }

    private static void requireTakes(Campaign campaign, String district, LocalDate day, String what) {
        if (!campaign.active) {
            throw ProblemException.unprocessable("Campaign " + campaign.code + " is no longer active; "
                    + what.toLowerCase(java.util.Locale.ROOT) + " cannot be added to it");
        }
        campaign.span().gap(district, day).ifPresent(gap -> {
            throw ProblemException.unprocessable(what + " of " + district + " on " + day + " cannot belong to "
                    + campaign.code + ": " + gap);
        });
    }
}
