package kz.appeals.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The first answer to a POST /appeals with an Idempotency-Key, kept to replay it. */
@Entity
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord extends PanacheEntityBase {
    @Id
    public String caller;
    @Id
    @Column(name = "idem_key")
    public String idemKey;
    public String requestHash;
    public Long appealId;
    public int responseStatus;
    public String responseBody;
    public Instant createdAt;

    public static class Key implements Serializable {
        public String caller;
        public String idemKey;

        public Key() {
        }

        public Key(String caller, String idemKey) {
            this.caller = caller;
            this.idemKey = idemKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(caller, k.caller) && Objects.equals(idemKey, k.idemKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caller, idemKey);
        }
    }
}
