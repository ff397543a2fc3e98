package kz.appeals.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipFile;
import kz.appeals.common.ProblemException;
import kz.appeals.support.Zips;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks of a batch's archive before a line of it is read, without a server. */
class BatchArchiveTest {
    private static final long CAP = 100_000;

    @TempDir
    Path dir;

    private static Map<String, byte[]> files(int padding) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("appeals.ndjson", "{}\n".getBytes(StandardCharsets.UTF_8));
        files.put("letters/a.pdf", "%PDF-1.4 first".getBytes(StandardCharsets.UTF_8));
        files.put("letters/b.pdf", "%PDF-1.4 second".getBytes(StandardCharsets.UTF_8));
        files.put("padding.bin", new byte[padding]);
        return files;
    }

    private static long total(Map<String, byte[]> files) {
        return files.values().stream().mapToLong(b -> b.length).sum();
    }

    private ProblemException refusal(byte[] zip) throws IOException {
        Path file = Files.write(Files.createTempFile(dir, "batch", ".zip"), zip);
        try (ZipFile z = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            return catchThrowableOfType(ProblemException.class, () -> BatchArchive.check(z, CAP));
        }
    }

    @Test
    @DisplayName("an archive expanding to exactly the cap passes")
    void atTheCap() throws IOException {
        Map<String, byte[]> files = files(0);
        files.put("padding.bin", new byte[(int) (CAP - total(files))]);
        assertThat(total(files)).isEqualTo(CAP);
        assertThat(refusal(Zips.zip(files))).isNull();
    }

    @Test
    @DisplayName("an archive expanding one byte past the cap is refused with 413, whether it declares its sizes or lies about them")
    void pastTheCap() throws IOException {
        Map<String, byte[]> files = files(0);
        files.put("padding.bin", new byte[(int) (CAP - total(files) + 1)]);
        byte[] zip = Zips.zip(files);
        assertThat(zip.length).as("a small archive").isLessThan(2_000);
        assertThat(refusal(zip).status()).isEqualTo(413);
        ProblemException lying = refusal(Zips.central(zip, "padding.bin", Zips.SIZE, 10));
        assertThat(lying.status()).isEqualTo(413);
        assertThat(lying.getMessage()).contains("appeals.http.max-import-expanded");
    }

    @Test
    @DisplayName("an archive declaring more than the cap is refused before an entry is inflated")
    void declaredPastTheCap() throws IOException {
        byte[] zip = Zips.central(Zips.zip(files(10)), "padding.bin", Zips.SIZE, (int) CAP);
        assertThat(refusal(zip).status()).isEqualTo(413);
    }

    @Test
    @DisplayName("two entries of one name are refused with 422 naming it")
    void nameTwice() throws IOException {
        ProblemException e = refusal(Zips.renamed(Zips.zip(files(10)), "letters/b.pdf", "letters/a.pdf"));
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.getMessage()).contains("more than one entry named \"letters/a.pdf\"");
    }

    @Test
    @DisplayName("an entry whose compressed bytes end early is refused with 422 naming it")
    void damaged() throws IOException {
        ProblemException e = refusal(Zips.central(Zips.zip(files(50_000)), "padding.bin", Zips.COMPRESSED_SIZE, 3));
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.getMessage()).contains("\"padding.bin\"").contains("damaged");
    }

    @Test
    @DisplayName("names that differ only in case or folder are different entries")
    void similarNames() throws IOException {
        Map<String, byte[]> files = files(10);
        files.put("Letters/a.pdf", new byte[1]);
        files.put("old/letters/a.pdf", new byte[1]);
        Path file = Files.write(dir.resolve("similar.zip"), Zips.zip(files));
        try (ZipFile z = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            assertThatCode(() -> BatchArchive.check(z, CAP)).doesNotThrowAnyException();
        }
    }
}
