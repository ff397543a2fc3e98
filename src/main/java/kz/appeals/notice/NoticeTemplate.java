package kz.appeals.notice;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import kz.appeals.appeal.Language;

/** A notice template: one active per kind and language (a unique index keeps it so). */
@Entity
public class NoticeTemplate extends PanacheEntityBase {
    @Id
    public String code;
    @Enumerated(EnumType.STRING)
    public NoticeKind kind;
    @Enumerated(EnumType.STRING)
    public Language language;
    public String text;
    public boolean active;
    public Instant updatedAt;
    public String updatedBy;
    @Version
    public int version;
}
