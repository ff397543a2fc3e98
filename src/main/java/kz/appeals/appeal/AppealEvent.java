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
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One entry of an appeal's timeline. Rows are inserted only; the database refuses changes. */
@Entity
@Immutable
public class AppealEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appeal_event_seq")
    @SequenceGenerator(name = "appeal_event_seq", sequenceName = "appeal_event_seq", allocationSize = 50)
    public Long id;
    public Long appealId;
    public Instant occurredAt;
    public String actor;
    public String actorRole;
    public String kind;
    @Column(name = "public_entry")
    public boolean publicEntry;
    @Enumerated(EnumType.STRING)
    public AppealStatus statusBefore;
    @Enumerated(EnumType.STRING)
    public AppealStatus statusAfter;
    public String note;
}
