package kz.appeals.catalogue;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import kz.appeals.catalogue.CatalogueDtos.AgencyInput;
import kz.appeals.catalogue.CatalogueDtos.AgencyView;
import kz.appeals.catalogue.CatalogueDtos.Change;
import kz.appeals.catalogue.CatalogueDtos.DistrictInput;
import kz.appeals.catalogue.CatalogueDtos.DistrictView;
import kz.appeals.catalogue.CatalogueDtos.OfficialInput;
import kz.appeals.catalogue.CatalogueDtos.OfficialView;
import kz.appeals.catalogue.CatalogueDtos.TopicInput;
import kz.appeals.catalogue.CatalogueDtos.TopicView;
import kz.appeals.common.ProblemException;
import kz.appeals.common.ValidationException;

/** Plain keeping of the catalogues; entries are renamed or deactivated, never deleted. */
@ApplicationScoped
public class CatalogueService {

    @Inject
    CatalogueCache cache;

    /**
     * A list as the catalogues in memory hold it, for the API: at once when they are known to be current
     * (no database: fit for the I/O thread, no hand-over to a worker), else read on a worker thread.
     */
    public <T> Uni<List<T>> listed(Function<CatalogueCache.Snapshot, List<T>> list) {
        return cache.ifCurrent().map(snapshot -> Uni.createFrom().item(list.apply(snapshot)))
                .orElseGet(() -> Uni.createFrom().item(() -> list.apply(cache.current()))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    }

    public List<DistrictView> districts() {
        return cache.current().districts();
    }

    public List<TopicView> topics() {
        return cache.current().topics();
    }

    public List<AgencyView> agencies() {
        return cache.current().agencies();
    }

    public List<OfficialView> officials() {
        return cache.current().officials();
    }

    @Transactional
    public DistrictView create(DistrictInput in) {
        cache.changingHere();
        requireNew(District.findById(in.code()), "district " + in.code());
        District d = new District();
        d.code = in.code();
        d.name = in.name();
        d.kind = in.kind();
        d.active = true;
        d.persist();
        return DistrictView.of(d);
    }

    @Transactional
    public TopicView create(TopicInput in) {
        cache.changingHere();
        requireNew(Topic.findById(in.code()), "topic " + in.code());
        Topic t = new Topic();
        t.code = in.code();
        t.name = in.name();
        t.groupCode = in.groupCode();
        t.groupName = in.groupName();
        t.active = true;
        t.persist();
        return TopicView.of(t);
    }

    @Transactional
    public AgencyView create(AgencyInput in) {
        cache.changingHere();
        requireNew(Agency.findById(in.code()), "agency " + in.code());
        if (in.districtCode() != null) {
            existingDistrict(in.districtCode(), "districtCode");
        }
        Agency a = new Agency();
        a.code = in.code();
        a.name = in.name();
        a.districtCode = in.districtCode();
        a.active = true;
        a.persist();
        return AgencyView.of(a);
    }

    @Transactional
    public OfficialView create(OfficialInput in) {
        cache.changingHere();
        if (in.agencyCode() != null && Agency.findById(in.agencyCode()) == null) {
            throw new ValidationException("agencyCode", "no such agency");
        }
        if (in.districtCode() != null) {
            existingDistrict(in.districtCode(), "districtCode");
        }
        Official o = new Official();
        o.fullName = in.fullName();
        o.position = in.position();
        o.officialType = in.officialType();
        o.agencyCode = in.agencyCode();
        o.districtCode = in.districtCode();
        o.active = true;
        o.persist();
        return OfficialView.of(o);
    }

    @Transactional
    public DistrictView changeDistrict(String code, Change change) {
        cache.changingHere();
        District d = found(District.findById(code), "District " + code);
        apply(change, n -> d.name = n, a -> d.active = a);
        return DistrictView.of(d);
    }

    @Transactional
    public TopicView changeTopic(String code, Change change) {
        cache.changingHere();
        Topic t = found(Topic.findById(code), "Topic " + code);
        apply(change, n -> t.name = n, a -> t.active = a);
        return TopicView.of(t);
    }

    @Transactional
    public AgencyView changeAgency(String code, Change change) {
        cache.changingHere();
        Agency a = found(Agency.findById(code), "Agency " + code);
        apply(change, n -> a.name = n, act -> a.active = act);
        return AgencyView.of(a);
    }

    @Transactional
    public OfficialView changeOfficial(long id, Change change) {
        cache.changingHere();
        Official o = found(Official.findById(id), "Official " + id);
        apply(change, n -> o.fullName = n, a -> o.active = a);
        return OfficialView.of(o);
    }

    /** An active district, or a 400 naming the field. */
    public DistrictView activeDistrict(String code, String field) {
        DistrictView d = code == null ? null : cache.current().districtsByCode().get(code);
        return inUse(d, d != null && d.active(), field, "district", code);
    }

    public TopicView activeTopic(String code, String field) {
        TopicView t = code == null ? null : cache.current().topicsByCode().get(code);
        return inUse(t, t != null && t.active(), field, "topic", code);
    }

    public Agency activeAgency(String code, String field) {
        Agency a = code == null ? null : Agency.findById(code);
        return inUse(a, a != null && a.active, field, "agency", code);
    }

    public Official activeOfficial(Long id, String field) {
        Official o = id == null ? null : Official.findById(id);
        return inUse(o, o != null && o.active, field, "official", id);
    }

    /**
     * Whether an agency or official of {@code ownDistrict} acts in {@code district}: one of
     * its own district, or a region-level one (no district, or the region's own district),
     * which acts everywhere. The one rule for assignments and receptions.
     */
    public boolean serves(String ownDistrict, String district) {
        if (ownDistrict == null || ownDistrict.equals(district)) {
            return true;
        }
        DistrictView own = cache.current().districtsByCode().get(ownDistrict);
        return own != null && District.REGION.equals(own.kind());
    }

    /**
     * 422 unless {@link #serves}: {@code what} ("Agency EKB-HOUSING") is named in the detail,
     * followed by {@code instead}, what the caller may do instead.
     */
    public void requireServes(String what, String ownDistrict, String district, String instead) {
        String refusal = servesRefusal(what, ownDistrict, district);
        if (refusal != null) {
            throw ProblemException.unprocessable(refusal + "; " + instead);
        }
    }

    /**
     * Why {@code what} ("Agency EKB-HOUSING") of {@code ownDistrict} may not act in {@code district},
     * or null when it {@link #serves} there: for callers that report the refusal rather than throw it
     * (the import rejects the line).
     */
    public String servesRefusal(String what, String ownDistrict, String district) {
        return serves(ownDistrict, district) ? null
                : what + " belongs to district " + ownDistrict + ", not to " + district + ", and is not region-level";
    }

    private static <T> T inUse(T entry, boolean active, String field, String kind, Object key) {
        if (entry == null) {
            throw new ValidationException(field, "no such " + kind);
        }
        if (!active) {
            throw new ValidationException(field, kind + " " + key + " is no longer in use");
        }
        return entry;
    }

    private static District existingDistrict(String code, String field) {
        District d = code == null ? null : District.findById(code);
        if (d == null) {
            throw new ValidationException(field, "no such district");
        }
        return d;
    }

    private static void apply(Change change, Consumer<String> rename, Consumer<Boolean> activate) {
        if (change.name() == null && change.active() == null) {
            throw new ValidationException("name", "give a new name or an active flag");
        }
        if (change.name() != null) {
            rename.accept(change.name());
        }
        if (change.active() != null) {
            activate.accept(change.active());
        }
    }

    private static void requireNew(Object existing, String what) {
        if (existing != null) {
            throw ProblemException.conflict("The " + what + " exists already");
        }
    }

    private static <T> T found(T entity, String what) {
        if (entity == null) {
            throw ProblemException.notFound(what);
        }
        return entity;
    }
}
