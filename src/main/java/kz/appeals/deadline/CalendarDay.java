package kz.appeals.deadline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A day that differs from the Monday-to-Friday rule: a holiday, a moved day off, or a working weekend day. */
@Entity
public class CalendarDay extends PanacheEntityBase {
    @Id
    public LocalDate day;
    public String kind;
    public String name;
    @Version
    public int version;
}
