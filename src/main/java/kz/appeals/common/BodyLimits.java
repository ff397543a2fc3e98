package kz.appeals.common;

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
