package kz.appeals.document;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * The media type of a file from its bytes alone: Apache Tika's magic numbers, never the file's
 * name or what the client claims. Tika's core tells a ZIP file by its first bytes but, without its
 * parser modules, not always which office format is inside; so for a ZIP the container is opened
 * and asked ({@code [Content_Types].xml} of a Word document, the {@code mimetype} entry of an
 * OpenDocument text). Anything else in a ZIP stays {@code application/zip}.
 */
public final class TypeDetector {
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    static final String ZIP = "application/zip";
    private static final Set<String> ZIP_LIKE = Set.of(ZIP, "application/x-tika-ooxml", DOCX, ODT,
            "application/x-tika-msoffice", "application/java-archive", "application/vnd.oasis.opendocument.tika.flat.document");
    /** The main part of a Word document (not a template, not macro-enabled). */
    private static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    /** Small entries only are read: a crafted archive cannot make the check read much. */
    private static final int MAX_ENTRY_READ = 64 * 1024;
    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    private TypeDetector() {
    }

    /** The detected base type, e.g. {@code application/pdf}; {@code application/octet-stream} when unknown. */
    public static String detect(Path file) throws IOException {
        MediaType type;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            // an empty Metadata: no file name, no declared type, only the bytes
            type = TYPES.detect(in, new Metadata());
        }
        String base = type.getBaseType().toString();
        return ZIP_LIKE.contains(base) || startsWithZipHeader(file) ? container(file) : base;
    }

    private static boolean startsWithZipHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    private static String container(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String mimetype = text(zip, "mimetype");
            if (ODT.equals(mimetype == null ? null : mimetype.strip())) {
                return ODT;
            }
            String contentTypes = text(zip, "[Content_Types].xml");
            if (contentTypes != null && contentTypes.contains(DOCX_MAIN) && zip.getEntry("word/document.xml") != null) {
                return DOCX;
            }
            return ZIP;
        } catch (ZipException | java.io.EOFException e) {
            // a damaged container (a bad central directory, a cut or corrupt deflate stream) is no document of ours
            return ZIP;
        }
    }

    private static String text(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null || entry.isDirectory()) {
            return null;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(MAX_ENTRY_READ), StandardCharsets.UTF_8);
        }
    }
}
