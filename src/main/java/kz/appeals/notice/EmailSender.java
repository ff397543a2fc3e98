package kz.appeals.notice;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * E-mail through quarkus-mailer to the SMTP server of {@code quarkus.mailer.*}. The notice's own
 * Message-ID goes with every attempt. A permanent SMTP reply (5xx: no such mailbox, address
 * refused) fails the notice at once; anything else (no connection, 4xx, a timeout) is retried.
 */
@ApplicationScoped
class EmailSender {

    @Inject
    ReactiveMailer mailer;

    @Inject
    NoticeConfig config;

    SendResult send(Outgoing n) {
        Mail mail = Mail.withText(n.recipient(), n.subject(), n.text()).addHeader("Message-ID", n.messageId());
        try {
            mailer.send(mail).await().atMost(config.sendTimeout());
            return SendResult.sent();
        } catch (RuntimeException e) {
            SMTPException smtp = smtpCause(e);
            if (smtp != null && smtp.isPermanent()) {
                return SendResult.permanentFailure("the mail server refused the message: " + smtp.getReplyCode()
                        + " " + firstLine(smtp.getMessage()));
            }
            return SendResult.transientFailure("mail server: " + describe(e));
        }
    }

    private static SMTPException smtpCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SMTPException smtp) {
                return smtp;
            }
        }
        return null;
    }

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + firstLine(message));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
