package kz.appeals.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
public class District extends PanacheEntityBase {
    /** The kind of the region's own district: its agencies and officials are region-level. */
    public static final String REGION = "REGION";

    @Id
    public String code;
    public String name;
    public String kind;
    public boolean active;
    @Version
    public int version;
}
