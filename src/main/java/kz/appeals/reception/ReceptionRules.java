package kz.appeals.reception;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import kz.appeals.common.ProblemException;
import kz.appeals.common.RegionTime;
import kz.appeals.common.ValidationException;
import kz.appeals.security.Caller;

/** Which reception an appeal taken in person may name. Intake calls it inside its transaction. */
@ApplicationScoped
public class ReceptionRules {

    @Inject
    ReceptionViews views;

    /**
     * The reception must be visible to the caller (else 404), of the appeal's district
     * (400), not cancelled, on the day the appeal was received, and, once held, not
     * already holding as many appeals as citizens were received (409).
     * <p>
     * The reception's row is share-locked until intake commits: holding and cancelling
     * lock it for update, so they either see this appeal in their count or run first
     * and are seen here; an appeal cannot slip onto a reception being cancelled.
     *
     * @return the reception's campaign code, which an appeal taken at it belongs to; null when none
     */
    public String requireOpenFor(Long receptionId, String districtCode, Instant receivedAt, Caller caller) {
        Reception r = receptionId == null ? null : Reception.findById(receptionId, LockModeType.PESSIMISTIC_READ);
        // Visible by the reception keepers' rule: only keepers (office staff, admin) record appeals at receptions.
        if (r == null || caller.scope(ReceptionScope.KEEPERS).grantForDistrict(r.districtCode).isEmpty()) {
            throw ProblemException.notFound("Reception " + receptionId);
        }
        if (!r.districtCode.equals(districtCode)) {
            throw new ValidationException("receptionId", "the reception belongs to district " + r.districtCode
                    + ", not " + districtCode);
        }
        if (r.status == ReceptionStatus.CANCELLED) {
            throw ProblemException.conflict("Reception " + r.id + " was cancelled; no appeal can be recorded at it");
        }
        // Held or not, appeals are taken on the reception's day; staff backdate receivedAt when they record later.
        LocalDate day = RegionTime.localDate(receivedAt);
        if (!r.day().equals(day)) {
            throw ProblemException.conflict("Reception " + r.id + " takes place on " + r.day()
                    + "; an appeal received on " + day + " cannot be recorded at it"
                    + (day.isAfter(r.day()) ? " (give receivedAt on the reception's day when recording it later)" : ""));
        }
        if (r.status == ReceptionStatus.HELD) {
            long recorded = views.appealCount(r.id);
            if (recorded >= r.citizensReceived) {
                throw ProblemException.conflict("Reception " + r.id + " was held with " + r.citizensReceived
                        + " citizens received and " + recorded + " appeals are recorded at it already;"
                        + " an appeal cannot be added without a citizen");
            }
        }
        return r.campaignCode;
    }
}
