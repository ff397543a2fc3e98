package kz.appeals.notice;

import java.util.Optional;
import kz.appeals.appeal.Appeal;
import kz.appeals.appeal.ApplicantKind;

/**
 * Where a notice goes, and how the API shows the address. One channel per notice: e-mail when the
 * applicant gave one (it carries the whole text), else SMS to the phone, else a letter by post that
 * staff send and record; an applicant with none of them, and every anonymous one, is told nothing.
 */
public final class Recipients {

    /** A channel and the address on it. */
    public record Route(NoticeChannel channel, String address) {
    }

    private Recipients() {
    }

    public static Optional<Route> of(Appeal a) {
        if (a.applicantKind == ApplicantKind.ANONYMOUS) {
            return Optional.empty();
        }
        if (a.applicantEmail != null) {
            return Optional.of(new Route(NoticeChannel.EMAIL, a.applicantEmail));
        }
        if (a.applicantPhone != null) {
            return Optional.of(new Route(NoticeChannel.SMS, a.applicantPhone));
        }
        if (a.applicantAddress != null) {
            return Optional.of(new Route(NoticeChannel.POST, a.applicantAddress));
        }
        return Optional.empty();
    }

    /** The address staff use on a channel they record themselves, if the applicant gave one. */
    public static Optional<String> forStaff(Appeal a, NoticeChannel channel) {
        return Optional.ofNullable(switch (channel) {
            case POST -> a.applicantAddress;
            case PHONE -> a.applicantPhone;
            case EMAIL -> a.applicantEmail;
            case SMS -> a.applicantPhone;
        });
    }

    /**
     * The address as lists show it: enough to tell two apart, not enough to read it out.
     * {@code aigerim@example.kz} → {@code a*****m@example.kz}; {@code +77012345678} → {@code +7701*****78};
     * a postal address → its first word and "…".
     */
    public static String mask(NoticeChannel channel, String address) {
        if (address == null || address.isEmpty()) {
            return address;
        }
        return switch (channel) {
            case EMAIL -> maskEmail(address);
            case SMS, PHONE -> maskPhone(address);
            case POST -> maskPostal(address);
        };
    }

    private static String maskEmail(String address) {
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        String local = address.substring(0, at);
        String shown = local.length() <= 2 ? local.charAt(0) + "*"
                : local.charAt(0) + "*".repeat(local.length() - 2) + local.charAt(local.length() - 1);
        return shown + address.substring(at);
    }

    private static String maskPhone(String phone) {
        if (phone.length() < 8) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 5) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 2);
    }

    private static String maskPostal(String address) {
        String first = address.strip().split("[\\s,]+", 2)[0];
        return (first.length() > 12 ? first.substring(0, 12) : first) + " …";
    }
}
