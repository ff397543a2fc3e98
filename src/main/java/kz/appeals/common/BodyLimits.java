package kz.appeals.common;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * How large a request body may be: the NDJSON import is streamed and has its own, larger cap
 * (appeals.http.max-import-body); a multipart upload (a document) is spooled to disk by the HTTP
 * layer and has its own (appeals.http.max-multipart-body); every other body is read whole and is
 * capped by appeals.http.max-json-body. {@link BodySizeFilter} applies the cap to an announced
 * Content-Length before anything is read, {@link BodySizeInterceptor} to the bytes as they
 * arrive, so a chunked body cannot pass it either.
 */
@ApplicationScoped
public class BodyLimits {
    static final String NDJSON = "application/x-ndjson";
    static final String MULTIPART = "multipart/form-data";
    /** A historical import as a batch: the NDJSON and the documents it names, in one ZIP. */
    static final String ZIP = "application/zip";

    @Inject
    AppealsConfig config;

    /** The cap for a body of this Content-Type (the header's value; null when absent). */
    public long capFor(String contentType) {
        if (isMultipart(contentType)) {
            return config.http().maxMultipartBody().asLongValue();
        }
        String type = contentType == null ? "" : contentType.strip().toLowerCase(Locale.ROOT);
        boolean importBody = type.startsWith(NDJSON) || type.startsWith(ZIP);
        return importBody ? config.http().maxImportBody().asLongValue() : config.http().maxJsonBody().asLongValue();
    }

    /**
     * The cap on a ZIP import's expanded entries: appeals.http.max-import-expanded, else twice the import's
     * body cap. A legitimate batch is a register (which a plain import caps at max-import-body) and
     * documents (PDF, JPEG, PNG, DOCX are compressed already, so they expand little); an archive that
     * expands past both is a ZIP bomb, not a register.
     */
    public long maxImportExpanded() {
        return config.http().maxImportExpanded().map(MemorySize::asLongValue)
                .orElseGet(() -> 2 * config.http().maxImportBody().asLongValue());
    }

    /**
     * The HTTP layer parses a multipart body itself, writing its files to disk as they arrive, before
     * any reader interceptor could count the bytes: such a body must announce its Content-Length,
     * which {@link BodySizeFilter} checks against the cap before a byte is read.
     */
    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.strip().toLowerCase(Locale.ROOT).startsWith(MULTIPART);
    }

    static Problem tooLarge(long cap) {
        return Problem.of(413, "payload-too-large", "Payload too large", "The request body is larger than " + cap + " bytes");
    }
}
