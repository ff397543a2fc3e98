package kz.appeals.appeal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One appeal of the register. Its status changes only through {@link AppealLifecycle};
 * fields are public for Panache but are used by the services of this package and of
 * intake/imports only, never by resources.
 */
@Entity
public class Appeal extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appeal_seq")
    @SequenceGenerator(name = "appeal_seq", sequenceName = "appeal_seq", allocationSize = 50)
    public Long id;
    public String registrationNumber;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @Enumerated(EnumType.STRING)
    public AppealType type;
    public String topicCode;
    public String districtCode;
    public String text;

    @Enumerated(EnumType.STRING)
    public ApplicantKind applicantKind;
    public String applicantName;
    @Column(columnDefinition = "bpchar(12)")
    public String applicantIin;
    @Column(columnDefinition = "bpchar(12)")
    public String applicantBin;
    public String applicantPhone;
    public String applicantEmail;
    public String applicantAddress;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(32)[]")
    public String[] applicantGroups = new String[0];
    public Integer signatories;
    public Long receptionId;

    public Instant receivedAt;
    public Instant registeredAt;
    public LocalDate registeredOn;
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    public AppealStatus status;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    public String agencyCode;
    public Long officialId;
    public String answer;
    public Instant answeredAt;
    public LocalDate answeredOn;
    public Instant closedAt;
    public String redirectedTo;
    public boolean redirectRequired;
    public boolean redirectedLate;
    public boolean extended;
    public LocalDate applicantNoticeBy;
    public Long repeatOf;
    /** What the tracking page checks the access code against. */
    public String accessCodeHash;
    /** With the secret that accessCodeKey names, what derives the access code again for a replay (intake.AccessCodes). */
    public byte[] accessCodeSalt;
    public String accessCodeKey;
    public String externalRef;
    public String createdBy;
    public boolean overdueNotified;
    public boolean dueSoonNotified;
    @Version
    public int version;

    public boolean isOpen() {
        return status.isOpen();
    }
}
