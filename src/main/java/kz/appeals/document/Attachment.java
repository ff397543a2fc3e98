package kz.appeals.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/**
 * A document of an appeal. Its bytes are in the {@link BlobStore} under {@code storageKey}. Rows
 * are never deleted: a removal only marks them (the database refuses any other change).
 */
@Entity
public class Attachment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    public Long id;
    public Long appealId;
    @Enumerated(EnumType.STRING)
    public AttachmentKind kind;
    public String fileName;
    public String contentType;
    public long size;
    public String sha256;
    public boolean publicFile;
    public String storageKey;
    public Instant uploadedAt;
    public String uploadedBy;
    public String uploadedRole;
    public Instant removedAt;
    public String removedBy;
    public String removalReason;

    public boolean removed() {
        return removedAt != null;
    }
}
