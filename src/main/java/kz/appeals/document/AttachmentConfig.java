package kz.appeals.document;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;

/** Limits of appeal attachments (prefix {@code appeals.attachments}); every key is listed in docs/configuration.md. */
@ConfigMapping(prefix = "appeals.attachments")
public interface AttachmentConfig {

    /** Largest file (413 past it). Keep appeals.http.max-multipart-body a little above it. */
    @WithDefault("20M")
    MemorySize maxFileSize();

    /** Most attachments an appeal holds, removed ones not counted (422 past it). */
    @WithDefault("20")
    int maxPerAppeal();

    /**
     * Media types accepted, as detected from the bytes (415 otherwise): PDF, JPEG, PNG, TIFF,
     * DOCX and ODT by default.
     */
    @WithDefault("application/pdf,image/jpeg,image/png,image/tiff,"
            + "application/vnd.openxmlformats-officedocument.wordprocessingml.document,"
            + "application/vnd.oasis.opendocument.text")
    Set<String> allowedTypes();
}
