package kz.appeals.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kz.appeals.campaign.CampaignDtos.CampaignInput;
import kz.appeals.campaign.CampaignDtos.CampaignView;
import kz.appeals.catalogue.District;
import kz.appeals.common.Cursors;
import kz.appeals.common.Cursors.Keyset;
import kz.appeals.common.Cursors.Part;
import kz.appeals.common.Errors;
import kz.appeals.common.Page;
import kz.appeals.common.PageRequest;
import kz.appeals.common.Preconditions;
import kz.appeals.common.ProblemException;
import kz.appeals.common.RegionTime;
import kz.appeals.common.SqlBuilder;
import kz.appeals.security.Caller;
import kz.appeals.security.Roles;
import kz.appeals.security.Scope;

/**
 * Keeps the campaign catalogue. Every role reads it; administrators create and change any
 * campaign, office staff those whose districts are all theirs (before and after the change).
 */
@ApplicationScoped
public class CampaignService {
    /** The roles that keep campaigns (the writing methods of {@link CampaignResource}). */
    static final List<String> KEEPERS = List.of(Roles.ADMIN, Roles.OFFICE_STAFF);
    /** The list's cursors: (first day, id) of the last row, refused by every other list. */
    static final Keyset CURSOR = Keyset.of("campaigns", Part.INSTANT, Part.LONG);

    /** A campaign as shown, with the ETag of the state it shows. */
    public record Tagged(CampaignView view, String etag) {
    }

    /** The filters of GET /campaigns. */
    public record Filter(String district, CampaignKind kind, Boolean active, LocalDate from, LocalDate to) {
    }

    @Inject
    Caller caller;

    @Inject
    Cursors cursors;

    @Inject
    EntityManager em;

    @Transactional
    public Tagged create(CampaignInput in) {
        Errors errors = new Errors();
        if (in.code() == null) {
            errors.add("code", "is required");
        }
        Set<String> districts = checked(in, errors);
        errors.throwIfAny();
        requireKeeper(districts);
        if (Campaign.count("code", in.code()) > 0) {
            throw ProblemException.conflict("The campaign " + in.code() + " exists already");
        }
        Campaign c = new Campaign();
        c.code = in.code();
        apply(c, in, districts);
        c.createdBy = caller.name();
        c.createdAt = Instant.now();
        c.persistAndFlush();
        return new Tagged(CampaignView.of(c, true, staff()), c.etag());
    }

    /**
     * Replaces a campaign's fields (its code stays). 404 when there is none; 403 unless the caller
     * keeps every district it had and gets; 409 when a reception or an appeal of it would fall
     * outside the new period or districts.
     */
    @Transactional
    public Tagged change(String code, String ifMatch, CampaignInput in) {
        // Locked for update: intake and scheduling share-lock it, so no reception or appeal joins meanwhile.
        Campaign c = Campaign.<Campaign>find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (c == null) {
            throw ProblemException.notFound("Campaign " + code);
        }
        requireKeeper(c.districts);
        Preconditions.requireMatch(ifMatch, c.etag(), "campaign " + code, "/api/v1/campaigns/" + code);
        Errors errors = new Errors();
        if (in.code() != null && !in.code().equals(code)) {
            errors.add("code", "a campaign's code never changes; leave it out or give " + code);
        }
        Set<String> districts = checked(in, errors);
        errors.throwIfAny();
        requireKeeper(districts);
        requireHoldsItsOwn(c, new CampaignSpan(code, in.from(), in.to(), districts, true));
        apply(c, in, districts);
        em.flush();
        return new Tagged(CampaignView.of(c, true, staff()), c.etag());
    }

    public Tagged get(String code) {
        Campaign c = Campaign.<Campaign>find("code", code).firstResult();
        if (c == null) {
            throw ProblemException.notFound("Campaign " + code);
        }
        return new Tagged(CampaignView.of(c, true, staff()), c.etag());
    }

    /** Latest first (by first day, then newest), in keyset pages. */
    public Page<CampaignView> list(Filter filter, Integer limit, String cursor) {
        PageRequest page = PageRequest.of(limit, cursor, cursors, CURSOR);
        SqlBuilder where = new SqlBuilder();
        where.andIf("id in (select c.id from Campaign c join c.districts d where d = ?)", filter.district());
        where.andIf("kind = ?", filter.kind());
        where.andIf("active = ?", filter.active());
        where.andIf("endsOn >= ?", filter.from());
        where.andIf("startsOn <= ?", filter.to());
        if (!page.first()) {
            LocalDate afterDay = RegionTime.localDate(page.after().instant(0));
            where.and("(startsOn < ? or (startsOn = ? and id < ?))", afterDay, afterDay, page.after().number(1));
        }
        String query = (where.isEmpty() ? "" : "where " + where.named()) + " order by startsOn desc, id desc";
        List<Campaign> rows = Campaign.<Campaign>find(query, where.parameters()).range(0, page.limit()).list();
        boolean more = rows.size() > page.limit();
        List<Campaign> items = more ? rows.subList(0, page.limit()) : rows;
        String next = null;
        if (more) {
            Campaign last = items.get(items.size() - 1);
            next = cursors.encode(CURSOR, RegionTime.startOf(last.startsOn), last.id);
        }
        boolean staff = staff();
        return new Page<>(items.stream().map(c -> CampaignView.of(c, false, staff)).toList(), next);
    }

    /** The input's rules besides bean validation, added to {@code errors}; the districts, each once. */
    private static Set<String> checked(CampaignInput in, Errors errors) {
        if (in.from() != null && in.to() != null && in.to().isBefore(in.from())) {
            errors.add("to", "is before from");
        }
        Set<String> districts = new TreeSet<>();
        for (String code : in.districts()) {
            String d = code.strip();
            if (District.findById(d) == null) {
                errors.add("districts", "no such district: " + d);
            }
            districts.add(d);
        }
        return districts;
    }

    private static void apply(Campaign c, CampaignInput in, Set<String> districts) {
        c.nameRu = in.name().ru().strip();
        c.nameKk = in.name().kk().strip();
        c.kind = in.kind();
        c.startsOn = in.from();
        c.endsOn = in.to();
        c.description = in.description() == null || in.description().isBlank() ? null : in.description().strip();
        c.active = in.active() == null || in.active();
        c.districts.retainAll(districts);
        c.districts.addAll(districts);
    }

    /** Whether the caller works in the offices (staff, supervisors, administrators): only they are shown who made a campaign. */
    private boolean staff() {
        return caller.has(Roles.ADMIN) || caller.has(Roles.OFFICE_STAFF) || caller.has(Roles.SUPERVISOR);
    }

    /** 403 unless one of the caller's keeping roles reaches every one of the districts (a public catalogue). */
    private void requireKeeper(Set<String> districts) {
        Scope scope = caller.scope(KEEPERS).required();
        for (String district : districts) {
            if (scope.grantForDistrict(district).isEmpty()) {
                throw ProblemException.forbidden("You keep the campaigns of your own districts only ("
                        + scope.describe() + "); " + district + " is not one of them");
            }
        }
    }

    /**
     * 409 when the new span would leave out a reception of the campaign (not cancelled) or an
     * appeal tagged with it directly; appeals taken at its receptions follow their reception.
     */
    private void requireHoldsItsOwn(Campaign c, CampaignSpan span) {
        Object[] outside = (Object[]) em.createNativeQuery("""
                        select (select count(*) from reception r
                                 where r.campaign_code = :code and r.status <> 'CANCELLED'
                                   and ((r.scheduled_at at time zone interval '+05:00')::date not between :from and :to
                                        or r.district_code not in (:districts))),
                               (select count(*) from appeal a
                                 where a.campaign_code = :code
                                   and not exists (select 1 from reception r
                                                    where r.id = a.reception_id and r.campaign_code = a.campaign_code)
                                   and ((a.received_at at time zone interval '+05:00')::date not between :from and :to
                                        or a.district_code not in (:districts)))""")
                .setParameter("code", c.code).setParameter("from", span.from()).setParameter("to", span.to())
                .setParameter("districts", span.districts()).getSingleResult();
        long receptions = ((Number) outside[0]).longValue();
        long appeals = ((Number) outside[1]).longValue();
        if (receptions > 0 || appeals > 0) {
            throw ProblemException.conflict("Campaign " + c.code + " holds " + receptions + " reception(s) and " + appeals
                    + " appeal(s) outside " + span.from() + " to " + span.to() + " in " + String.join(", ", span.districts())
                    + "; keep the period and districts around them (GET " + "/api/v1/receptions?campaign=" + c.code
                    + ", /api/v1/appeals?campaign=" + c.code + ")");
        }
    }
}
