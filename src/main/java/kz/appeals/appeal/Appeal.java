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
 * One appeal of the register. Its status changes only through {@link AppealLifecycle}.
 * Fields are public for Panache and may be read anywhere below the resources, but they are
 * written in this package only (ArchitectureTest): intake and the import build an appeal with
 * {@link #register} and complete it with the methods below.
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

    /** A new, registered appeal as intake or the import checked it; not yet numbered nor persisted. */
    public static Appeal register(Registration r) {
        Appeal a = new Appeal();
        a.channel = r.channel();
        a.type = r.type();
        a.topicCode = r.topicCode();
        a.districtCode = r.districtCode();
        a.text = r.text();
        Registration.Applicant applicant = r.applicant();
        a.applicantKind = applicant.kind();
        a.applicantName = applicant.fullName();
        a.applicantIin = applicant.iin();
        a.applicantBin = applicant.bin();
        a.applicantPhone = applicant.phone();
        a.applicantEmail = applicant.email();
        a.applicantAddress = applicant.postalAddress();
        a.applicantGroups = applicant.groups() == null ? new String[0] : applicant.groups().toArray(String[]::new);
        a.signatories = r.signatories();
        a.receptionId = r.receptionId();
        a.campaignCode = r.campaignCode();
        a.language = r.language() == null ? Language.DEFAULT : r.language();
        Location.put(a, r.location());
        a.receivedAt = r.receivedAt();
        a.registeredAt = r.registeredAt();
        a.registeredOn = r.registeredOn();
        a.dueOn = r.dueOn();
        a.redirectRequired = r.redirectRequired();
        a.externalRef = r.externalRef();
        a.createdBy = r.createdBy();
        a.open311Client = r.open311Client();
        return a;
    }

    /** Gives the appeal its registration number, once. */
    public void number(String number) {
        if (registrationNumber != null) {
            throw new IllegalStateException("appeal " + id + " is numbered already");
        }
        registrationNumber = number;
    }

    /** Links the appeal to the earlier appeal of the same applicant on the same topic (null: none). */
    public void linkRepeatOf(Long earlier) {
        repeatOf = earlier;
    }

    /** Records the reception the appeal was taken at (the import creates the reception with its batch). */
    public void takenAtReception(Long reception) {
        receptionId = reception;
    }

    /** Keeps what checks the access code (its hash) and what derives it again for a replay (salt, key id). */
    public void keepAccessCode(byte[] salt, String keyId, String hash) {
        accessCodeSalt = salt;
        accessCodeKey = keyId;
        accessCodeHash = hash;
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
