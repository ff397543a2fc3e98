package kz.appeals.notice;

import static org.assertj.core.api.Assertions.assertThat;

import kz.appeals.appeal.Appeal;
import kz.appeals.appeal.ApplicantKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which channel a notice takes, and how lists show the address. */
class RecipientsTest {

    private static Appeal appeal(ApplicantKind kind, String email, String phone, String address) {
        Appeal a = new Appeal();
        a.applicantKind = kind;
        a.applicantEmail = email;
        a.applicantPhone = phone;
        a.applicantAddress = address;
        return a;
    }

    @Test
    @DisplayName("e-mail first, then SMS, then post; nothing for an anonymous applicant or one without any")
    void route() {
        assertThat(Recipients.of(appeal(ApplicantKind.INDIVIDUAL, "a@b.kz", "+77012345678", "Lenin 1")))
                .hasValueSatisfying(r -> assertThat(r.channel()).isEqualTo(NoticeChannel.EMAIL));
        assertThat(Recipients.of(appeal(ApplicantKind.LEGAL_ENTITY, null, "+77012345678", "Lenin 1")))
                .hasValueSatisfying(r -> assertThat(r.channel()).isEqualTo(NoticeChannel.SMS));
        assertThat(Recipients.of(appeal(ApplicantKind.INDIVIDUAL, null, null, "Lenin 1")))
                .hasValueSatisfying(r -> assertThat(r.address()).isEqualTo("Lenin 1"));
        assertThat(Recipients.of(appeal(ApplicantKind.INDIVIDUAL, null, null, null))).isEmpty();
        assertThat(Recipients.of(appeal(ApplicantKind.ANONYMOUS, "a@b.kz", "+77012345678", null))).isEmpty();
    }

    @Test
    @DisplayName("masking keeps the ends and hides the middle of e-mails and phones, and all but the first word of an address")
    void mask() {
        assertThat(Recipients.mask(NoticeChannel.EMAIL, "aigerim@example.kz")).isEqualTo("a*****m@example.kz");
        assertThat(Recipients.mask(NoticeChannel.EMAIL, "ab@example.kz")).isEqualTo("a*@example.kz");
        assertThat(Recipients.mask(NoticeChannel.SMS, "+77012345678")).isEqualTo("+7701*****78");
        assertThat(Recipients.mask(NoticeChannel.PHONE, "+77012345678")).doesNotContain("2345");
        assertThat(Recipients.mask(NoticeChannel.POST, "Pavlodar, Lenin street 12")).isEqualTo("Pavlodar …");
    }
}
