package kz.appeals.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kz.appeals.appeal.AppealType;
import kz.appeals.appeal.ApplicantKind;
import kz.appeals.appeal.Channel;
import kz.appeals.common.Problem;
import kz.appeals.common.ValidationException;
import kz.appeals.intake.NewAppeal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class Open311FormTest {
    private static final String BASE = "api_key=k&service_code=UTIL_HEATING&attribute%5Bdistrict%5D=PVL"
            + "&description=No+heating+in+building+12+since+Monday";

    @Test
    @DisplayName("a form becomes a PORTAL appeal: name, contacts, location, attributes; extra attributes are ignored")
    void toAppeal() {
        Open311Form form = Open311Form.parse(BASE + "&lat=52.2873&long=76.9674&address_string=Lenin+st+12"
                + "&first_name=Aigerim&last_name=Sadykova&email=a%40example.kz&phone=%2B77012345678"
                + "&attribute[appeal_type]=PROPOSAL&attribute[fixmystreet_id]=42&account_id=u-1&media_url=https%3A%2F%2Fx.kz%2Fa.jpg");
        NewAppeal a = form.toAppeal("UTIL_HEATING");
        assertThat(a.channel()).isEqualTo(Channel.PORTAL);
        assertThat(a.type()).isEqualTo(AppealType.PROPOSAL);
        assertThat(a.districtCode()).isEqualTo("PVL");
        assertThat(a.text()).isEqualTo("No heating in building 12 since Monday");
        assertThat(a.applicant().kind()).isEqualTo(ApplicantKind.INDIVIDUAL);
        assertThat(a.applicant().fullName()).isEqualTo("Aigerim Sadykova");
        assertThat(a.applicant().email()).isEqualTo("a@example.kz");
        assertThat(a.applicant().phone()).isEqualTo("+77012345678");
        assertThat(a.location().lat()).isEqualTo(52.2873);
        assertThat(a.location().lon()).isEqualTo(76.9674);
        assertThat(a.location().address()).isEqualTo("Lenin st 12");
        assertThat(form.accountId()).isEqualTo("u-1");
        assertThat(form.mediaUrl()).isEqualTo("https://x.kz/a.jpg");
    }

    @Test
    @DisplayName("no name: an anonymous appeal (intake then requires appeal_type REPORT); COMPLAINT by default")
    void anonymousAndDefaults() {
        NewAppeal a = Open311Form.parse(BASE + "&address_string=Lenin+st+12").toAppeal("UTIL_HEATING");
        assertThat(a.applicant().kind()).isEqualTo(ApplicantKind.ANONYMOUS);
        assertThat(a.type()).isEqualTo(AppealType.COMPLAINT);
        assertThat(a.location().lat()).isNull();
    }

    @Test
    @DisplayName("a missing district, description or location, a lone lat or a bad media_url is a 400 naming each")
    void formProblems() {
        assertThatThrownBy(() -> Open311Form.parse("service_code=X&lat=52").toAppeal("X"))
                .isInstanceOfSatisfying(Open311Exception.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("attribute[district]", "description", "lat and long");
                });
        assertThatThrownBy(() -> Open311Form.parse(BASE).toAppeal("X")).hasMessageContaining("location is required");
        assertThatThrownBy(() -> Open311Form.parse(BASE + "&address_id=77").toAppeal("X")).hasMessageContaining("address_id");
        assertThatThrownBy(() -> Open311Form.parse(BASE + "&address_string=x&media_url=javascript:alert(1)").toAppeal("X"))
                .hasMessageContaining("media_url");
        assertThatThrownBy(() -> Open311Form.parse(BASE + "&address_string=x&attribute[appeal_type]=RESPONSE").toAppeal("X"))
                .hasMessageContaining("appeal_type");
        assertThatThrownBy(() -> Open311Form.parse("attribute[district]=PVL&address_string=x&description=" + "a".repeat(4001))
                .toAppeal("X")).hasMessageContaining("4000");
        assertThatThrownBy(() -> Open311Form.parse("a=%ZZ")).isInstanceOf(Open311Exception.class);
        assertThatThrownBy(() -> Open311Form.parse("description=a%00b")).hasMessageContaining("NUL");
    }

    @Test
    @DisplayName("intake's field names are told back as the form's parameters")
    void intakeErrorsInFormNames() {
        ValidationException e = new ValidationException(List.of(new Problem.FieldError("applicant.phone", "is not a possible phone number"),
                new Problem.FieldError("location", "the point lies outside the region"),
                new Problem.FieldError("text", "must hold at least 10 characters")));
        assertThat(Open311Form.asOpen311(e).getMessage()).isEqualTo("phone: is not a possible phone number; "
                + "lat/long: the point lies outside the region; description: must hold at least 10 characters");
    }
}
