package kz.appeals.intake;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.BooleanSupplier;
import kz.appeals.common.ProblemException;
import kz.appeals.intake.TrackingAttempts.Count;
import kz.appeals.intake.TrackingAttempts.Scope;

/**
 * The limit on guesses at a secret from one client address, for every endpoint without a token
 * that takes one: {@value #LIMIT} wrong ones in {@link PublicTrackingService#WINDOW}, counted apart
 * for each kind of secret (a citizen's wrong codes do not stop the SMS gateway behind the same
 * address). A guess is counted before the secret is compared, in a transaction of its own, so
 * parallel guesses each get their own number and no instance lets more through; past the limit
 * the secret is not even compared (429 with Retry-After); a right one is given back.
 */
@ApplicationScoped
public class ClientGuesses {
    static final int LIMIT = 5;

    /** The secrets guessed at, each with its own count per client. */
    public enum Secret {
        /** An appeal's access code, on the tracking page, its documents and feedback. */
        ACCESS_CODE(Scope.CLIENT, "access codes"),
        /** The SMS gateway's key, on its delivery reports. */
        GATEWAY_KEY(Scope.GATEWAY, "gateway keys");

        private final Scope scope;
        private final String words;

        Secret(Scope scope, String words) {
            this.scope = scope;
            this.words = words;
        }
    }

    /**
     * Whether the secret is right ({@code right}, compared only within the limit), as one guess of
     * this client: 429 past the limit, whatever the secret.
     */
    public boolean check(Secret secret, String clientAddress, BooleanSupplier right) {
        Count guess = count(secret, clientAddress);
        if (!right.getAsBoolean()) {
            return false;
        }
        QuarkusTransaction.requiringNew().run(() -> TrackingAttempts.release(guess));
        return true;
    }

    /** Counts a guess in a transaction of its own; 429 past the limit. The caller gives it back when right. */
    Count count(Secret secret, String clientAddress) {
        Count guess = QuarkusTransaction.requiringNew().call(() ->
                TrackingAttempts.count(secret.scope, TrackingAttempts.clientKey(clientAddress), PublicTrackingService.WINDOW));
        if (guess.attempts() > LIMIT) {
            throw ProblemException.tooManyRequests("Too many wrong " + secret.words + " from your address; retry later",
                    guess.secondsLeft());
        }
        return guess;
    }
}
