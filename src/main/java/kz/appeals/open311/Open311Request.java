package kz.appeals.open311;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** What the gateway keeps of a request besides its appeal: the client that filed it and the media link given. */
@Entity
public class Open311Request extends PanacheEntityBase {
    @Id
    public Long appealId;
    public Long clientId;
    public String mediaUrl;
}
