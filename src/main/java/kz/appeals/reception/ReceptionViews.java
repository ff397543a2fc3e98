package kz.appeals.reception;

import kz.appeals.catalogue.OfficialType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.appeals.appeal.AppealStatus;
import kz.appeals.appeal.Outcome;
import kz.appeals.campaign.Campaigns;
import kz.appeals.catalogue.Official;
import kz.appeals.common.RegionTime;
import kz.appeals.reception.ReceptionDtos.AppealAtReception;
import kz.appeals.reception.ReceptionDtos.Figures;
import kz.appeals.reception.ReceptionDtos.ReceptionView;

/**
 * Turns receptions into what the API shows: the official's name and kind, the figures
 * of the appeals taken at each, and for one reception the list of those appeals.
 */
@ApplicationScoped
class ReceptionViews {

    @Inject
    EntityManager em;

    @Inject
    Campaigns campaigns;

    /** One reception with its appeals (identifiers, status and outcome only: no personal data). */
    ReceptionView detail(Reception r) {
        List<AppealAtReception> appeals = em.createQuery("select a.id, a.registrationNumber, a.status, a.outcome"
                        + " from Appeal a where a.receptionId = :id order by a.id", Object[].class)
                .setParameter("id", r.id).getResultList().stream()
                .map(row -> new AppealAtReception((Long) row[0], (String) row[1], (AppealStatus) row[2], (Outcome) row[3]))
                .toList();
        long positive = appeals.stream().filter(a -> a.outcome() == Outcome.POSITIVE).count();
        Official official = Official.findById(r.officialId);
        return view(r, official, campaignNames(List.of(r)), figures(r, appeals.size(), positive), appeals);
    }

    /** A page of receptions: two queries for the whole page, whatever its size. */
    List<ReceptionView> summaries(List<Reception> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(r -> r.id).toList();
        Map<Long, long[]> counts = new HashMap<>();
        em.createQuery("select a.receptionId, count(a), sum(case when a.outcome = :positive then 1 else 0 end)"
                        + " from Appeal a where a.receptionId in :ids group by a.receptionId", Object[].class)
                .setParameter("positive", Outcome.POSITIVE).setParameter("ids", ids).getResultList()
                .forEach(row -> counts.put((Long) row[0], new long[] {(Long) row[1], ((Number) row[2]).longValue()}));
        Map<Long, Official> officials = officials(page.stream().map(r -> r.officialId).collect(Collectors.toSet()));
        Map<String, String> names = campaignNames(page);
        return page.stream().map(r -> {
            long[] c = counts.getOrDefault(r.id, new long[2]);
            return view(r, officials.get(r.officialId), names, figures(r, c[0], c[1]), null);
        }).toList();
    }

    /** Appeals recorded at a reception so far. */
    long appealCount(long receptionId) {
        return em.createQuery("select count(a) from Appeal a where a.receptionId = :id", Long.class)
                .setParameter("id", receptionId).getSingleResult();
    }

    static Figures figures(Reception r, long appeals, long positive) {
        double rate = appeals == 0 ? 0.0
                : BigDecimal.valueOf(positive).divide(BigDecimal.valueOf(appeals), 4, RoundingMode.HALF_UP).doubleValue();
        return new Figures(r.citizensReceived, appeals, positive, rate);
    }

    private static Map<Long, Official> officials(Collection<Long> ids) {
        return Official.<Official>list("id in ?1", ids).stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
    }

    /** The names of the receptions' campaigns, by code. */
    private Map<String, String> campaignNames(List<Reception> receptions) {
        return campaigns.namesRu(receptions.stream().map(r -> r.campaignCode).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
    }

    /** The campaign's name as shown: the text a reception recorded before campaigns were kept, else the campaign's. */
    private static String campaignName(Reception r, Map<String, String> names) {
        return r.campaign != null ? r.campaign : r.campaignCode == null ? null : names.get(r.campaignCode);
    }

    private static ReceptionView view(Reception r, Official official, Map<String, String> campaignNames, Figures figures,
                                      List<AppealAtReception> appeals) {
        return new ReceptionView(r.id, r.officialId, official.fullName, official.officialType,
                r.districtCode, r.format, campaignName(r, campaignNames), r.campaignCode,
                RegionTime.local(r.scheduledAt), RegionTime.local(r.scheduledUntil),
                r.status, r.heldOn, r.cancelReason, figures, appeals, r.status.allowedActions(), r.createdBy,
                RegionTime.local(r.createdAt));
    }
}
