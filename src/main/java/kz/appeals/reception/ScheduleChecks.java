package kz.appeals.reception;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import kz.appeals.campaign.Campaigns;
import kz.appeals.catalogue.CatalogueService;
import kz.appeals.common.Errors;
import kz.appeals.common.ProblemException;
import kz.appeals.common.RegionTime;
import kz.appeals.common.ValidationException;
import kz.appeals.reception.ReceptionDtos.NewReception;
import kz.appeals.catalogue.Official;

/** What must hold before a reception is put on the schedule. */
@ApplicationScoped
class ScheduleChecks {
    /** Same window as the backdating of appeals: older receptions come in through the historical import. */
    static final Duration MAX_BACKDATING = Duration.ofDays(30);
    static final Duration MAX_AHEAD = Duration.ofDays(366);
    static final Duration MAX_LENGTH = Duration.ofHours(24);

    /** The checked start and end of a new reception, the role under which the caller schedules it, and its campaign. */
    record Slot(Instant from, Instant until, String role, String campaignCode) {
    }

    @Inject
    CatalogueService catalogue;

    @Inject
    ReceptionScope scope;

    @Inject
    ReceptionConfig config;

    @Inject
    Campaigns campaigns;

    /**
     * Every invalid field at once (400), then the caller's districts (403), then the
     * official's district (422): an official of the reception's district or a region-level one;
     * then the campaign (an unknown code 400, one that does not take the reception 422).
     */
    Slot check(NewReception in, Instant now) {
        Errors errors = new Errors();
        Official official = collect(errors, () -> catalogue.activeOfficial(in.officialId(), "officialId"));
        collect(errors, () -> catalogue.activeDistrict(in.districtCode(), "districtCode"));
        if (in.format() == ReceptionFormat.THEMATIC && in.campaignCode() == null
                && (in.campaign() == null || in.campaign().isBlank())) {
            errors.add("campaignCode", "is required for a THEMATIC reception: name its campaign (GET /api/v1/campaigns)");
        }
        // Timestamps are kept to the microsecond, as PostgreSQL stores them.
        Instant from = in.scheduledAt().toInstant().truncatedTo(ChronoUnit.MICROS);
        Instant until = in.scheduledUntil() == null ? from.plus(config.defaultDuration())
                : in.scheduledUntil().toInstant().truncatedTo(ChronoUnit.MICROS);
        if (from.isBefore(now.minus(MAX_BACKDATING))) {
            errors.add("scheduledAt", "is more than 30 days back; use the historical import for older receptions");
        } else if (from.isAfter(now.plus(MAX_AHEAD))) {
            errors.add("scheduledAt", "is more than a year ahead");
        }
        if (!until.isAfter(from)) {
            errors.add("scheduledUntil", "must be after scheduledAt");
        } else if (until.isAfter(from.plus(MAX_LENGTH))) {
            errors.add("scheduledUntil", "a reception lasts at most 24 hours");
        }
        errors.throwIfAny();
        // Districts are a public catalogue, so naming the caller's own leaks nothing.
        String role = scope.keeperOf(in.districtCode()).role();
        catalogue.requireServes("Official " + official.id, official.districtCode, in.districtCode(),
                "choose an official of district " + in.districtCode() + " or of the region (GET /api/v1/officials)");
        String campaign = campaigns.forReception(in.campaignCode(), in.campaign(), in.districtCode(),
                RegionTime.localDate(from));
        return new Slot(from, until, role, campaign);
    }

    /**
     * A friendly 409 for the common case. The exclusion constraint of V10 still decides
     * between concurrent requests; a reception of a district the caller does not see is
     * not named, only said to exist.
     */
    void requireOfficialFree(long officialId, Slot slot) {
        Reception clash = Reception.<Reception>find("officialId = ?1 and status <> ?2 and scheduledAt < ?3"
                        + " and scheduledUntil > ?4 order by scheduledAt, id",
                officialId, ReceptionStatus.CANCELLED, slot.until(), slot.from()).firstResult();
        if (clash == null) {
            return;
        }
        String which = scope.scope().grantForDistrict(clash.districtCode).isPresent()
                ? "reception " + clash.id + " from " + RegionTime.local(clash.scheduledAt) + " to "
                        + RegionTime.local(clash.scheduledUntil) + " in " + clash.districtCode
                : "a reception in another district at that time";
        throw overlap(officialId, which);
    }

    static ProblemException overlap(long officialId, String which) {
        return ProblemException.conflict("Official " + officialId + " already has " + which
                + "; an official cannot hold two receptions at once");
    }

    /** The checked value, or null with its field errors added. */
    private static <T> T collect(Errors errors, Supplier<T> check) {
        try {
            return check.get();
        } catch (ValidationException e) {
            e.toProblem().errors().forEach(f -> errors.add(f.field(), f.message()));
            return null;
        }
    }
}
