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
import java.util.List;
import kz.appeals.common.RegionTime;
import kz.appeals.deadline.WorkingDays;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One appeal of the register. Its status changes only through {@link AppealLifecycle};
 * fields are public for Panache but are used by the services of this package and of
 * intake/imports only, never by resources. Status and outcome are written in this package
 * only (ArchitectureTest).
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
    /** The campaign it belongs to: named at intake, or its reception's. */
    public String campaignCode;
    @Enumerated(EnumType.STRING)
    public Language language = Language.DEFAULT;
    /** Where the problem is ({@link Location}): a point, an address in words, or both; all null when not given. */
    public Double locationLat;
    public Double locationLong;
    public String locationAddress;
    /** The Open311 client (its name when it filed) through which the appeal came; null for the other ways in. */
    @Column(name = "open311_client")
    public String open311Client;

    public Instant receivedAt;
    public Instant registeredAt;
    public LocalDate registeredOn;
    /** The due date in force (an extension moves it). */
    public LocalDate dueOn;
    /** The due date first given, kept by the first extension that moved it; null while none has (it is dueOn). */
    public LocalDate originalDueOn;

    /** A new appeal starts its life registered. */
    @Enumerated(EnumType.STRING)
    public AppealStatus status = AppealStatus.REGISTERED;
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
    /** The answer was sent back by the control officer at least once (statistics: returned). */
    public boolean returned;
    /** The closed appeal was reopened at least once (statistics: reopened). */
    public boolean reopened;
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

    /**
     * Ends a registered appeal of a historical register the way the lifecycle ends one with the
     * register's outcome ({@link AppealLifecycle#historicalPath}), with the fields those actions
     * set: the agency, the outcome, the answer and its day (counted by the statistics as the day
     * of the answer), closedAt for a closure, redirectedLate for a redirection. Only this object
     * changes: the import writes it once, in its final state, in JDBC batches. Returns the steps
     * taken, for the timeline.
     */
    public List<AppealLifecycle.Step> endAsRecorded(String agency, Outcome recorded, String answerText, Instant at,
                                                    WorkingDays days) {
        List<AppealLifecycle.Step> steps = AppealLifecycle.walk(status, AppealLifecycle.historicalPath(recorded));
        agencyCode = agency;
        outcome = recorded;
        answer = answerText;
        answeredAt = at;
        answeredOn = RegionTime.localDate(at);
        for (AppealLifecycle.Step step : steps) {
            switch (step.action()) {
                case CLOSURE -> closedAt = at;
                case REDIRECTION -> redirectedLate =
                        answeredOn.isAfter(days.plus(registeredOn, CaseActions.REDIRECT_WORKING_DAYS));
                default -> {
                    // assignment, resolution, withdrawal: their fields are set above
                }
            }
        }
        status = steps.get(steps.size() - 1).after();
        return steps;
    }
}
