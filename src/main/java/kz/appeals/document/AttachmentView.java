package kz.appeals.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import kz.appeals.common.RegionTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An attachment as staff see it; the bytes are read from {@code GET .../attachments/{aid}}. */
@Schema(name = "Attachment")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttachmentView(
        long id,
        AttachmentKind kind,
        @Schema(example = "Жалоба.pdf") String fileName,
        @Schema(description = "Detected from the bytes", example = "application/pdf") String contentType,
        @Schema(description = "Bytes") long size,
        @Schema(description = "SHA-256 of the bytes, lower-case hex; also the download's ETag") String sha256,
        @JsonProperty("public") @Schema(name = "public", description = "An answer letter the applicant may download "
                + "from the tracking page") boolean isPublic,
        OffsetDateTime uploadedAt,
        String uploadedBy,
        @Schema(description = "Set when a supervisor removed it; the document is kept") OffsetDateTime removedAt,
        String removedBy,
        String removalReason) {

    static AttachmentView of(Attachment a) {
        return new AttachmentView(a.id, a.kind, a.fileName, a.contentType, a.size, a.sha256, a.publicFile,
                RegionTime.local(a.uploadedAt), a.uploadedBy, RegionTime.local(a.removedAt), a.removedBy, a.removalReason);
    }

    /** The strong ETag of the bytes. */
    public String etag() {
        return "\"" + sha256 + "\"";
    }

    /** What the tracking page shows of a public answer letter. */
    @Schema(name = "PublicAttachment")
    public record Public(long id, String fileName, String contentType, long size, String sha256,
                         OffsetDateTime uploadedAt) {
        static Public of(Attachment a) {
            return new Public(a.id, a.fileName, a.contentType, a.size, a.sha256, RegionTime.local(a.uploadedAt));
        }
    }
}
