package kz.appeals.notice;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.time.LocalDate;
import kz.appeals.appeal.Language;

/**
 * One notice owed to an applicant (V30__notices.sql). The entity writes new rows and staff's
 * changes; the dispatcher's claims and results are guarded SQL updates ({@link NoticeOutbox}),
 * so its lease columns are not mapped here.
 */
@Entity
public class Notice extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
    @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 50)
    public Long id;
    public Long appealId;
    @Enumerated(EnumType.STRING)
    public NoticeKind kind;
    @Enumerated(EnumType.STRING)
    public NoticeChannel channel;
    public String recipient;
    @Enumerated(EnumType.STRING)
    public Language language;
    public String templateCode;
    public String subject;
    public String body;
    @Enumerated(EnumType.STRING)
    public NoticeStatus status = NoticeStatus.PENDING;
    public LocalDate dueBy;
    public boolean late;
    public Instant createdAt;
    public Instant nextAttemptAt;
    public Instant giveUpAt;
    public int attempts;
    public String lastError;
    public Instant sentAt;
    public Instant deliveredAt;
    public Instant failedAt;
    public String messageId;
    public String recordedBy;
    public String note;
}
