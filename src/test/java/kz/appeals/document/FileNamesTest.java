package kz.appeals.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    @DisplayName("a Cyrillic name is sent as RFC 8187 UTF-8 with an ASCII fallback")
    void cyrillicDisposition() {
        assertThat(FileNames.contentDisposition("Ответ.pdf"))
                .isEqualTo("attachment; filename=\"_____.pdf\"; filename*=UTF-8''%D0%9E%D1%82%D0%B2%D0%B5%D1%82.pdf");
    }

    @Test
    @DisplayName("quotes, backslashes and percent signs never reach the quoted fallback as they are")
    void quotedFallback() {
        assertThat(FileNames.contentDisposition("a\"b\\c%d.pdf"))
                .isEqualTo("attachment; filename=\"a_b_c_d.pdf\"; filename*=UTF-8''a%22b%5Cc%25d.pdf");
    }

    @Test
    @DisplayName("paths, control characters and bidirectional overrides are taken out of a name")
    void cleaned() {
        assertThat(FileNames.clean("C:\\Users\\me\\скан.jpg")).isEqualTo("скан.jpg");
        assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.clean("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(FileNames.clean("a\u0000b\r\n.pdf")).isEqualTo("ab.pdf");
        assertThat(FileNames.clean("  ")).isEqualTo("attachment");
        assertThat(FileNames.clean(null)).isEqualTo("attachment");
        assertThat(FileNames.clean("x".repeat(300) + ".pdf")).hasSize(255);
    }

    @Test
    @DisplayName("UTF-8 bytes read as ISO-8859-1 by a multipart parser are read again as UTF-8")
    void repairsUtf8() {
        String garbled = new String("Жалоба.pdf".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(FileNames.clean(garbled)).isEqualTo("Жалоба.pdf");
        assertThat(FileNames.clean("Café.pdf")).isEqualTo("Café.pdf");
    }
}
