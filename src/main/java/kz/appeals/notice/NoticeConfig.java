package kz.appeals.notice;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the notices to applicants (prefix {@code appeals.notices}); every key is in docs/configuration.md. */
@ConfigMapping(prefix = "appeals.notices")
public interface NoticeConfig {

    /** Write the notices that steps owe applicants; false only to measure the outbox's cost. */
    @WithDefault("true")
    boolean enabled();

    /**
     * How often this instance's dispatcher looks for due notices; "off" stops it here (another
     * instance may dispatch). Read by NoticeDispatcher's schedule; this is the one place of its default.
     */
    @WithDefault("1s")
    String dispatchInterval();

    /** Notices claimed per round trip of the dispatcher. */
    @WithDefault("20")
    int batchSize();

    /**
     * How long a claim keeps a notice from other dispatchers. A dispatcher that dies while sending
     * leaves its claim; the notice is sent again after this time, with the same Message-ID. Keep it
     * well above send-timeout.
     */
    @WithDefault("PT2M")
    Duration lease();

    /** Longest wait for the mail server or the SMS gateway on one attempt. */
    @WithDefault("PT30S")
    Duration sendTimeout();

    /** Wait after the first failed attempt; each further failure doubles it, up to retry-max. */
    @WithDefault("PT30S")
    Duration retryInitial();

    /** Longest wait between two attempts. */
    @WithDefault("PT30M")
    Duration retryMax();

    /** How long a notice is retried before it is FAILED (from its creation, or from a staff retry). */
    @WithDefault("P1D")
    Duration giveUpAfter();

    /**
     * The address at which citizens reach the service, without a trailing slash: the answer's notice
     * links to the tracking page there ({feedbackUrl}: {@code <public-url>/track/?number=<number>}),
     * where the applicant follows the appeal and leaves feedback with the access code.
     */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** Domain part of every notice's Message-ID; default: the domain of quarkus.mailer.from. */
    Optional<String> messageIdDomain();

    Sms sms();

    /** The SMS gateway (the contract is in docs/notices.md): a POST of JSON with the recipient and the text. */
    interface Sms {
        /** The gateway's URL. Without it SMS notices wait, and fail after give-up-after, with that reason. */
        Optional<String> url();

        /** Sent as {@code Authorization: Bearer <key>} when set. */
        Optional<String> apiKey();

        /** Sender name the gateway shows, when the provider allows one. */
        Optional<String> sender();

        /**
         * The key the gateway sends as {@code X-Gateway-Key} with its delivery reports
         * ({@code POST /api/v1/notices/delivery-reports}). Without it every report is refused (401).
         */
        Optional<String> reportKey();
    }
}
