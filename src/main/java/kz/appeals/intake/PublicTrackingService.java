package kz.appeals.intake;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import kz.appeals.appeal.Appeal;
import kz.appeals.appeal.AppealEvent;
import kz.appeals.common.ProblemException;
import kz.appeals.common.RegionTime;

/**
 * The citizen's tracking page. A wrong code and an unknown number answer the same 404;
 * after {@value #MAX_FAILURES} wrong codes for one number within ten minutes every
 * attempt answers 429 until the window has passed.
 */
@ApplicationScoped
public class PublicTrackingService {
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);

    public PublicAppealView track(String registrationNumber, String accessCode) {
        Instant now = Instant.now();
        String number = registrationNumber == null ? "" : registrationNumber.strip().toUpperCase();
        if (number.length() > 32) {
            throw ProblemException.notFound("Appeal " + number);
        }
        Instant oldestCounted = QuarkusTransaction.requiringNew().call(() -> AccessFailure.oldestWithin(number, now.minus(WINDOW), MAX_FAILURES));
        if (oldestCounted != null) {
            long wait = Math.max(1, Duration.between(now, oldestCounted.plus(WINDOW)).toSeconds());
            throw ProblemException.tooManyRequests("Too many wrong access codes for this number; retry later", wait);
        }
        PublicAppealView view = QuarkusTransaction.requiringNew().call(() -> {
            Appeal appeal = Appeal.find("registrationNumber", number).firstResult();
            if (appeal == null || !kz.appeals.intake.AccessCodes.matches(number, accessCode, appeal.accessCodeHash)) {
                return null;
            }
            return view(appeal);
        });
        if (view == null) {
            QuarkusTransaction.requiringNew().run(() -> AccessFailure.record(number, now));
            throw ProblemException.notFound("An appeal with this number and access code");
        }
        return view;
    }

    private static PublicAppealView view(Appeal a) {
        var replies = AppealEvent.<AppealEvent>find("appealId = ?1 and publicEntry = true order by occurredAt, id", a.id)
                .stream()
                .map(e -> new PublicAppealView.Reply(RegionTime.local(e.occurredAt), e.kind, e.statusAfter, e.note))
                .toList();
        return new PublicAppealView(a.registrationNumber, a.type, a.status, RegionTime.local(a.registeredAt), a.dueOn,
                a.outcome, RegionTime.local(a.closedAt), replies);
    }
}
