package bench.bare;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** One row of the service's district table, read as it is. */
@Entity
public class District extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    public String kind;
}
