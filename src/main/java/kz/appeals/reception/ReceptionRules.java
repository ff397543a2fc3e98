package kz.appeals.reception;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import kz.appeals.common.ProblemException;
import kz.appeals.common.RegionTime;
import kz.appeals.common.ValidationException;
import kz.appeals.security.Caller;

/** Which reception an appeal taken in person may name. */
@ApplicationScoped
public class ReceptionRules {

    /**
     * The reception must be visible to the caller (else 404), of the appeal's district
     * (400), and either held or scheduled for the day the appeal was received (409).
     */
    public Reception requireOpenFor(Long receptionId, String districtCode, Instant receivedAt, Caller caller) {
        Reception r = receptionId == null ? null : Reception.findById(receptionId);
        if (r == null || !caller.seesDistrict(r.districtCode)) {
            throw ProblemException.notFound("Reception " + receptionId);
        }
        if (!r.districtCode.equals(districtCode)) {
            throw new ValidationException("receptionId", "the reception belongs to district " + r.districtCode
                    + ", not " + districtCode);
        }
        LocalDate day = RegionTime.localDate(receivedAt);
        switch (r.status) {
            case CANCELLED -> throw ProblemException.conflict("Reception " + r.id + " was cancelled; no appeal can be recorded at it");
            case SCHEDULED -> {
                LocalDate scheduled = RegionTime.localDate(r.scheduledAt);
                if (!scheduled.equals(day)) {
                    throw ProblemException.conflict("Reception " + r.id + " is scheduled for " + scheduled
                            + "; appeals received on " + day + " cannot be recorded at it");
                }
            }
            case HELD -> {
                if (r.heldOn != null && day.isBefore(r.heldOn)) {
                    throw ProblemException.conflict("Reception " + r.id + " was held on " + r.heldOn
                            + ", after the appeal's date " + day);
                }
            }
        }
        return r;
    }
}
