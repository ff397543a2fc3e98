package kz.appeals.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

@Entity
public class Official extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "official_seq")
    @SequenceGenerator(name = "official_seq", sequenceName = "official_seq", allocationSize = 50)
    public Long id;
    public String fullName;
    public String position;
    @Enumerated(EnumType.STRING)
    public OfficialType officialType;
    public String agencyCode;
    public String districtCode;
    public boolean active;
    @Version
    public int version;
}
