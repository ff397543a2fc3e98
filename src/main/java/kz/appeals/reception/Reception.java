package kz.appeals.reception;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
import kz.appeals.common.InvalidTransitionException;
import kz.appeals.common.RegionTime;

/**
 * A personal reception of citizens by an official at a public office. Fields are public
 * for Panache; only the services of this package use them, resources see DTO records.
 */
@Entity
public class Reception extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reception_seq")
    @SequenceGenerator(name = "reception_seq", sequenceName = "reception_seq", allocationSize = 50)
    public Long id;
    public Long officialId;
    public String districtCode;
    @Enumerated(EnumType.STRING)
    public ReceptionFormat format;
    /**
     * A campaign's name as free text: what receptions stored before campaigns were kept wrote (V51
     * linked them to campaigns), and what a historical import writes. New receptions name theirs by code.
     */
    public String campaign;
    public String campaignCode;
    public Instant scheduledAt;
    public Instant scheduledUntil;
    @Enumerated(EnumType.STRING)
    public ReceptionStatus status;
    public Integer citizensReceived;
    public LocalDate heldOn;
    public String cancelReason;
    public String externalRef;
    public String createdBy;
    public Instant createdAt;
    @Version
    public int version;

    /** The local date (UTC+5) the reception takes place on: the day of its start. */
    public LocalDate day() {
        return RegionTime.localDate(scheduledAt);
    }

    /** Fails with 409, naming the status and what it allows, unless {@code action} is allowed now. */
    void requireAllows(String action) {
        if (!status.allowedActions().contains(action)) {
            throw new InvalidTransitionException("Reception " + id, action, status.name(), status.allowedActions());
        }
    }

    void hold(int citizens) {
        requireAllows(ReceptionStatus.HOLDING);
        status = ReceptionStatus.HELD;
        citizensReceived = citizens;
        // Marking may happen days later; the reception itself took place on its day.
        heldOn = day();
    }

    void cancel(String reason) {
        requireAllows(ReceptionStatus.CANCELLATION);
        status = ReceptionStatus.CANCELLED;
        cancelReason = reason;
    }

    /** The strong validator sent as ETag and expected back in If-Match. */
    String etag() {
        return "\"" + id + "-" + version + "\"";
    }
}
