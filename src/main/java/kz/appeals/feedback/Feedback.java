package kz.appeals.feedback;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import kz.appeals.appeal.Outcome;

/** The citizen's verdict on one closure of an appeal (table {@code appeal_feedback}). */
@Entity
@Table(name = "appeal_feedback")
public class Feedback extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appeal_feedback_seq")
    @SequenceGenerator(name = "appeal_feedback_seq", sequenceName = "appeal_feedback_seq", allocationSize = 50)
    public Long id;
    public Long appealId;
    /** The closure this verdict is on: the appeal's closedAt when it was given. */
    public Instant closedAt;
    /** The outcome the citizen judged (the appeal's at that closure). */
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    public boolean solved;
    public int rating;
    public String comment;
    @Enumerated(EnumType.STRING)
    public FeedbackChannel channel;
    public Instant recordedAt;
    public String recordedBy;
    public String recordedRole;
    public Instant dismissedAt;
    public String dismissedBy;
    public String dismissalReason;
}
