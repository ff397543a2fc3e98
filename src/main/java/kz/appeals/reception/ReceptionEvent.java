package kz.appeals.reception;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One entry of a reception's journal: who changed it, when and how. The database refuses changes. */
@Entity
@Immutable
public class ReceptionEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reception_event_seq")
    @SequenceGenerator(name = "reception_event_seq", sequenceName = "reception_event_seq", allocationSize = 50)
    public Long id;
    public Long receptionId;
    public Instant occurredAt;
    public String actor;
    public String actorRole;
    public String kind;
    public String note;
}
