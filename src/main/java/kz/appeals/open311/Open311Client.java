package kz.appeals.open311;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;

/** A client of the Open311 gateway: its name, the SHA-256 of its API key, its rate limit. Revoked, never deleted. */
@Entity
public class Open311Client extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "open311_client_seq")
    @SequenceGenerator(name = "open311_client_seq", sequenceName = "open311_client_seq", allocationSize = 50)
    public Long id;
    public String name;
    @Column(columnDefinition = "bpchar(64)")
    public String keyHash;
    /** The key's first characters, to tell keys apart in lists; not enough to use it. */
    public String keyPrefix;
    /** Requests per minute. */
    public int rateLimit;
    public Instant createdAt;
    public String createdBy;
    public Instant revokedAt;
    public String revokedBy;
    @Version
    public int version;
}
