package kz.appeals.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import kz.appeals.common.Errors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The placeholder rules of templates, without a service. */
class TemplateTextTest {

    private static Errors check(String text, NoticeKind kind) {
        Errors errors = new Errors();
        TemplateText.check(text, kind, "text", errors);
        return errors;
    }

    @Test
    @DisplayName("a text with the kind's placeholders passes; one of another kind, an unknown one or a stray brace does not")
    void check() {
        assertThat(check("Номер {registrationNumber}, код {accessCode}, до {dueOn}.", NoticeKind.REGISTRATION).isEmpty()).isTrue();
        assertThat(check("Нет плейсхолдеров.", NoticeKind.ANSWER).isEmpty()).isTrue();
        assertThat(check("Код {accessCode}", NoticeKind.EXTENSION).list()).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("unknown placeholder {accessCode} for kind EXTENSION"));
        assertThat(check("{registrationNumbr}", NoticeKind.ANSWER).list()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("{registrationNumbr}").contains("{answer}"));
        assertThat(check("до {dueOn", NoticeKind.EXTENSION).list()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("brace"));
        assertThat(check("до {due On}", NoticeKind.EXTENSION).isEmpty()).isFalse();
        assertThat(check("{}", NoticeKind.EXTENSION).isEmpty()).isFalse();
        assertThat(check("}{dueOn}", NoticeKind.EXTENSION).isEmpty()).isFalse();
    }

    @Test
    @DisplayName("render fills values, leaves {accessCode} for sending time, and never reads a value as a placeholder")
    void render() {
        Map<String, String> values = new HashMap<>();
        values.put("registrationNumber", "2026-PVL-000001");
        values.put("reason", "see {registrationNumber} and $1 \\ too");
        values.put("answer", null);
        String rendered = TemplateText.render("{registrationNumber}: {reason}. {answer}|{accessCode}", values);
        assertThat(rendered).isEqualTo("2026-PVL-000001: see {registrationNumber} and $1 \\ too. |{accessCode}");
        assertThat(TemplateText.fillAccessCode(rendered, "AAAA-BBBB-CCCC"))
                .isEqualTo("2026-PVL-000001: see {registrationNumber} and $1 \\ too. |AAAA-BBBB-CCCC");
        assertThat(TemplateText.fillAccessCode("code: {accessCode}", null)).isEqualTo("code: ");
    }
}
