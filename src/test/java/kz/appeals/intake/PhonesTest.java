package kz.appeals.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Phone numbers as operators type them, normalised to E.164; numbers that cannot exist are refused. */
class PhonesTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            // a Kazakh mobile number in the notations people use
            "+7 701 234 56 78   | +77012345678",
            "+77012345678       | +77012345678",
            "8 (701) 234-56-78  | +77012345678",
            "87012345679        | +77012345679",
            "77012345678        | +77012345678",
            // without a country code a number is Kazakh
            "7012345678         | +77012345678",
            // a landline of Pavlodar (area code 7182)
            "8 7182 32 00 00    | +77182320000",
            // country code 7 is shared with Russia; other countries keep theirs
            "+7 495 123 45 67   | +74951234567",
            "+998 90 123 45 67  | +998901234567",
            "+49 30 1234567     | +49301234567"})
    void normalised(String raw, String e164) {
        assertThat(Phones.normalise(raw)).contains(e164);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "12345", "+7 700 000 00 0", "+7 001 234 56 78", "call me", "+7 701 234 56 78 ext",
            "+7 701 234 56 78                              "})
    void refused(String raw) {
        assertThat(Phones.normalise(raw)).isEmpty();
    }
}
