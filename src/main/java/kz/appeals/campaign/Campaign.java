package kz.appeals.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;

/**
 * A thematic campaign: a period and the districts it runs in. Receptions and appeals name it
 * by {@code code}, which never changes. Fields are public for Panache; only the services of
 * this package use them, other features ask {@link Campaigns}.
 */
@Entity
public class Campaign extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_seq")
    @SequenceGenerator(name = "campaign_seq", sequenceName = "campaign_seq", allocationSize = 50)
    public Long id;
    public String code;
    public String nameRu;
    public String nameKk;
    @Enumerated(EnumType.STRING)
    public CampaignKind kind;
    public LocalDate startsOn;
    public LocalDate endsOn;
    public String description;
    public boolean active;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_district", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "district_code")
    @BatchSize(size = 500)
    public Set<String> districts = new TreeSet<>();
    public String createdBy;
    public Instant createdAt;
    @Version
    public int version;

    CampaignSpan span() {
        return new CampaignSpan(code, startsOn, endsOn, Set.copyOf(districts), active);
    }

    /** Whether {@code name} is the campaign's name in Russian or Kazakh, letter case and surrounding spaces aside. */
    boolean isNamed(String name) {
        String wanted = CampaignSpan.nameKey(name);
        return wanted.equals(CampaignSpan.nameKey(nameRu)) || wanted.equals(CampaignSpan.nameKey(nameKk));
    }

    /** The strong validator sent as ETag and expected back in If-Match. */
    String etag() {
        return "\"" + code + "-" + version + "\"";
    }
}
