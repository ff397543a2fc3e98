package kz.appeals.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import kz.appeals.document.AttachmentKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Where an import's documents come from: the rules on a reference, without a server. */
class ImportFilesTest {

    private static ImportLine.AttachmentRef ref(String base64, String path) {
        return new ImportLine.AttachmentRef(AttachmentKind.INCOMING, "a.pdf", base64, path, false);
    }

    @Test
    @DisplayName("a path in a batch is plainly relative: no '..', '.', empty parts, leading '/', backslash or NUL")
    void safePaths() {
        assertThat(ImportFiles.Batch.safe("a.pdf")).isTrue();
        assertThat(ImportFiles.Batch.safe("letters/2024/PVL-0001.pdf")).isTrue();
        assertThat(ImportFiles.Batch.safe("письма/заявление.pdf")).isTrue();
        for (String bad : new String[] {"", " ", "/etc/passwd", "../a.pdf", "letters/../../a.pdf", "./a.pdf",
                "letters//a.pdf", "letters/", "letters\\a.pdf", "a\0.pdf", "letters/.."}) {
            assertThat(ImportFiles.Batch.safe(bad)).as("'%s'", bad).isFalse();
        }
    }

    @Test
    @DisplayName("a plain NDJSON import takes inline documents only: a path, both or neither are refused with the field")
    void inline() throws Exception {
        byte[] bytes = {1, 2, 3};
        ImportFiles.Content ok = ImportFiles.INLINE.read(ref(Base64.getEncoder().encodeToString(bytes), null), 10);
        assertThat(ok.error()).isNull();
        assertThat(ok.bytes()).containsExactly(1, 2, 3);

        ImportFiles.Content path = ImportFiles.INLINE.read(ref(null, "letters/a.pdf"), 10);
        assertThat(path.field()).isEqualTo(".path");
        assertThat(path.error()).contains("application/zip");

        assertThat(ImportFiles.INLINE.read(ref("AQID", "a.pdf"), 10).error()).isEqualTo("give either contentBase64 or path");
        assertThat(ImportFiles.INLINE.read(ref(null, null), 10).field()).isEmpty();
        assertThat(ImportFiles.INLINE.read(ref("not base64!", null), 10).error()).isEqualTo("is not base64");
        // an empty path is no path
        assertThat(ImportFiles.INLINE.read(ref("AQID", " "), 10).error()).isNull();
    }
}
