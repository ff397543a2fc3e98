package kz.appeals.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The type comes from the bytes: each accepted type is told, and a name cannot disguise another. */
class TypeDetectorTest {

    @TempDir
    Path dir;

    private String detect(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return TypeDetector.detect(file);
    }

    @Test
    @DisplayName("PDF, JPEG, PNG, TIFF, DOCX and ODT are told from their bytes")
    void acceptedTypes() throws IOException {
        assertThat(detect("a.bin", SampleFiles.pdf())).isEqualTo(SampleFiles.PDF);
        assertThat(detect("b.bin", SampleFiles.jpeg())).isEqualTo(SampleFiles.JPEG);
        assertThat(detect("c.bin", SampleFiles.png())).isEqualTo(SampleFiles.PNG);
        assertThat(detect("d.bin", SampleFiles.tiff())).isEqualTo(SampleFiles.TIFF);
        assertThat(detect("e.bin", SampleFiles.docx())).isEqualTo(SampleFiles.DOCX);
        assertThat(detect("f.bin", SampleFiles.odt())).isEqualTo(SampleFiles.ODT);
    }

    @Test
    @DisplayName("a name does not make a type: a program named .pdf, a ZIP named .docx, HTML named .png are what they are")
    void disguised() throws IOException {
        assertThat(detect("letter.pdf", SampleFiles.exe())).isNotEqualTo(SampleFiles.PDF).startsWith("application/");
        assertThat(detect("letter.docx", SampleFiles.plainZip())).isEqualTo("application/zip");
        assertThat(detect("photo.png", SampleFiles.html())).isEqualTo("text/html");
        assertThat(detect("scan.pdf", "just words".getBytes())).isEqualTo("text/plain");
    }

    @Test
    @DisplayName("a file that starts like a ZIP but is cut short is no office document")
    void brokenZip() throws IOException {
        byte[] docx = SampleFiles.docx();
        byte[] cut = java.util.Arrays.copyOf(docx, docx.length / 2);
        assertThat(detect("cut.docx", cut)).isEqualTo("application/zip");
    }
}
