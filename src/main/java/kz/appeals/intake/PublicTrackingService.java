package kz.appeals.intake;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import kz.appeals.appeal.Appeal;
import kz.appeals.appeal.AppealEvent;
import kz.appeals.common.ProblemException;
import kz.appeals.common.ValidationException;
import kz.appeals.document.AttachmentService;
import kz.appeals.common.RegionTime;
import kz.appeals.intake.TrackingAttempts.Count;
import kz.appeals.intake.TrackingAttempts.Scope;

/**
 * The citizen's tracking page. A wrong code and an unknown number answer the same 404.
 * Wrong codes are limited per client address ({@link ClientGuesses}: 5 in ten minutes), so
 * one client guessing cannot lock the citizen out, and per number with a much higher
 * ceiling ({@value #NUMBER_LIMIT}), so that many clients together cannot guess either.
 * Unknown numbers are counted per client only: they leave no row of their own.
 */
@ApplicationScoped
public class PublicTrackingService {
    static final int NUMBER_LIMIT = 200;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_NUMBER_LENGTH = 32;
    private static final int MAX_CODE_LENGTH = 64;

    @Inject
    AttachmentService attachments;

    @Inject
    ClientGuesses guesses;

    /** What the check found; exceptions would roll back the counted attempt, so they are thrown afterwards. */
    private record Outcome(Long appealId, Count limited) {
    }

    public PublicAppealView track(String registrationNumber, String accessCode, String clientAddress) {
        long id = verify(registrationNumber, accessCode, clientAddress);
        return QuarkusTransaction.requiringNew().call(() -> view(Appeal.findById(id)));
    }

    /**
     * The id of the appeal with this number when the access code is its own: the one check of every
     * public endpoint (tracking, its documents, feedback). 404 for a wrong code or an unknown number,
     * 429 past the limits. The attempt is counted and, when right, given back in transactions of
     * its own, so what the caller does next cannot undo the count.
     */
    public long verify(String registrationNumber, String accessCode, String clientAddress) {
        if (accessCode == null || accessCode.isBlank() || accessCode.length() > MAX_CODE_LENGTH) {
            throw new ValidationException("X-Access-Code", "the access code header is required");
        }
        String number = registrationNumber == null ? "" : registrationNumber.strip().toUpperCase();
        Count byClient = guesses.count(ClientGuesses.Secret.ACCESS_CODE, clientAddress);
        Outcome outcome = QuarkusTransaction.requiringNew().call(() -> check(number, accessCode, byClient));
        if (outcome.limited() != null) {
            throw ProblemException.tooManyRequests("Too many wrong access codes for this number; retry later",
                    outcome.limited().secondsLeft());
        }
        if (outcome.appealId() == null) {
            throw ProblemException.notFound("An appeal with this number and access code");
        }
        return outcome.appealId();
    }

    private static Outcome check(String number, String accessCode, Count byClient) {
        Appeal appeal = number.length() > MAX_NUMBER_LENGTH ? null
                : Appeal.<Appeal>find("registrationNumber", number).firstResult();
        if (appeal == null) {
            return new Outcome(null, null);
        }
        Count byNumber = TrackingAttempts.count(Scope.NUMBER, number, WINDOW);
        if (byNumber.attempts() > NUMBER_LIMIT) {
            return new Outcome(null, byNumber);
        }
        if (!AccessCodes.matches(number, accessCode, appeal.accessCodeHash)) {
            return new Outcome(null, null);
        }
        TrackingAttempts.release(byClient);
        TrackingAttempts.release(byNumber);
        return new Outcome(appeal.id, null);
    }

    private PublicAppealView view(Appeal a) {
        var replies = AppealEvent.<AppealEvent>find("appealId = ?1 and publicEntry = true order by occurredAt, id", a.id)
                .stream()
                .map(e -> new PublicAppealView.Reply(RegionTime.local(e.occurredAt), e.kind, e.statusAfter, e.note))
                .toList();
        return new PublicAppealView(a.registrationNumber, a.type, a.status, RegionTime.local(a.registeredAt), a.dueOn,
                a.outcome, RegionTime.local(a.closedAt), replies, attachments.publicAnswers(a.id));
    }
}
