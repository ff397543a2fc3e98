package kz.appeals.notice;

/** A claimed notice as the senders need it: the text is final (the access code filled in). */
public record Outgoing(long id, NoticeChannel channel, String recipient, String subject, String text, String messageId) {
}
