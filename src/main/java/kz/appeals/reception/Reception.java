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

/** A personal reception of citizens by an official at a public office. */
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
    public String campaign;
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
}
