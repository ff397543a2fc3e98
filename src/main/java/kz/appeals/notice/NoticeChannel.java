package kz.appeals.notice;

/** How a notice reaches the applicant: sent by the service (e-mail, SMS) or by staff (paper post, a phone call). */
public enum NoticeChannel {
    EMAIL, SMS, POST, PHONE;

    /** Whether the dispatcher delivers it; POST and PHONE notices are recorded by staff. */
    public boolean automatic() {
        return this == EMAIL || this == SMS;
    }
}
