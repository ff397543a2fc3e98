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

    @Test
    @DisplayName("a ZIP whose entry's deflate stream ends early is a ZIP, not an error (the upload answers 415, not 500)")
    void cutDeflateStream() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.text ".repeat(50).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        byte[] archive = bytes.toByteArray();
        // the compressed size, 3 bytes, in the local header (offset 18) and in the central directory (offset 20)
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(archive).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(18, 3);
        for (int at = archive.length - 22; at >= 0; at--) {
            if (buffer.getInt(at) == 0x02014b50) {
                buffer.putInt(at + 20, 3);
                break;
            }
        }
        assertThat(detect("broken.odt", archive)).isEqualTo("application/zip");
    }
}
