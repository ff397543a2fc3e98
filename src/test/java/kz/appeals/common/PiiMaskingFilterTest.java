package kz.appeals.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The masking rule on its own: what it hides, what it leaves, and how it treats exceptions. */
class PiiMaskingFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"+7 701 234 56 78", "87012345679", "8(701)234-56-78", "7012345678", "+77012345678",
            "8 701 234 5678", "+7 (701) 234-56-78", "8-701-234-56-78", "+7 7172 55 66 77", "8 (7182) 32-15-40"})
    @DisplayName("a Kazakh phone number in any notation is masked, and the text around it is kept")
    void phones(String phone) {
        assertThat(PiiMaskingFilter.mask("caller " + phone + " asked again")).isEqualTo("caller +7********** asked again");
    }

    @Test
    @DisplayName("a phone number of another country, written with its country code, is masked too")
    void foreignPhones() {
        assertThat(PiiMaskingFilter.mask("from +44 20 7946 0958 and +998 90 123 45 67")).isEqualTo("from +********** and +**********");
    }

    @Test
    @DisplayName("IINs and BINs (12 digits) are masked")
    void iins() {
        assertThat(PiiMaskingFilter.mask("iin 900101300011, bin=040340004119.")).isEqualTo("iin ************, bin=************.");
    }

    @Test
    @DisplayName("e-mail addresses are masked, non-Latin ones too")
    void emails() {
        assertThat(PiiMaskingFilter.mask("write to aigerim.s+appeal@mail.kz or айгерим@почта.қаз now"))
                .isEqualTo("write to ***@*** or ***@*** now");
    }

    @ParameterizedTest
    @ValueSource(strings = {"appeal 4711 registered as 2026-PVL-000123",
            "due 2026-03-12, received 2026-03-12T10:15:00+05:00",
            "Import by admin: 500 imported, 0 skipped, 3 rejected of 503 lines",
            "took 153 ms for 64 rows",
            "Idempotency-Key 5cc61234-5678-4e1f-8f4c-339d053f3dd9 replayed"})
    @DisplayName("ordinary log text (ids, registration numbers, dates, counts, UUIDs) is left as it is")
    void ordinaryText(String text) {
        assertThat(PiiMaskingFilter.mask(text)).isEqualTo(text);
    }

    @Test
    @DisplayName("a record's exception is masked through its whole chain: causes and suppressed exceptions, stacks kept")
    void causeChain() {
        IllegalStateException root = new IllegalStateException("duplicate key (applicant_iin)=(900101300011)");
        IllegalArgumentException suppressed = new IllegalArgumentException("reply to a@b.kz, phone 87012345679");
        root.addSuppressed(suppressed);
        RuntimeException top = new RuntimeException("could not store", root);
        ExtLogRecord record = new ExtLogRecord(Level.SEVERE, "failure", ExtLogRecord.FormatStyle.NO_FORMAT, getClass().getName());
        record.setThrown(top);

        new PiiMaskingFilter().isLoggable(record);

        List<String> chain = new ArrayList<>();
        Throwable masked = record.getThrown();
        for (Throwable t = masked; t != null; t = t.getCause()) {
            chain.add(t.toString());
            for (Throwable s : t.getSuppressed()) {
                chain.add(s.toString());
            }
        }
        assertThat(chain).containsExactly(
                "java.lang.RuntimeException: could not store",
                "java.lang.IllegalStateException: duplicate key (applicant_iin)=(************)",
                "java.lang.IllegalArgumentException: reply to ***@***, phone +7**********");
        assertThat(masked.getStackTrace()).isEqualTo(top.getStackTrace());
        assertThat(masked.getCause().getStackTrace()).isEqualTo(root.getStackTrace());
    }

    @Test
    @DisplayName("an exception chain without personal data is logged as it was thrown")
    void cleanChainUntouched() {
        RuntimeException top = new RuntimeException("could not store", new IllegalStateException("timeout after 30 s"));
        ExtLogRecord record = new ExtLogRecord(Level.SEVERE, "failure", ExtLogRecord.FormatStyle.NO_FORMAT, getClass().getName());
        record.setThrown(top);
        new PiiMaskingFilter().isLoggable(record);
        assertThat(record.getThrown()).isSameAs(top);
    }

    @Test
    @DisplayName("a cycle of causes and suppressed exceptions is masked once and ends")
    void cycle() {
        RuntimeException a = new RuntimeException("a 900101300011");
        RuntimeException b = new RuntimeException("b", a);
        a.addSuppressed(b);
        ExtLogRecord record = new ExtLogRecord(Level.SEVERE, "failure", ExtLogRecord.FormatStyle.NO_FORMAT, getClass().getName());
        record.setThrown(b);
        new PiiMaskingFilter().isLoggable(record);
        Throwable masked = record.getThrown();
        assertThat(masked.getCause().toString()).isEqualTo("java.lang.RuntimeException: a ************");
        assertThat(masked.getCause().getSuppressed()[0]).isSameAs(masked);
    }

    @Test
    @DisplayName("a message with parameters is formatted, then masked")
    void parameters() {
        ExtLogRecord record = new ExtLogRecord(Level.INFO, "lookup of %s by %s", ExtLogRecord.FormatStyle.PRINTF, getClass().getName());
        record.setParameters(new Object[] {"900101300011", "8 (701) 234-56-78"});
        new PiiMaskingFilter().isLoggable(record);
        assertThat(record.getFormattedMessage()).isEqualTo("lookup of ************ by +7**********");
    }
}
