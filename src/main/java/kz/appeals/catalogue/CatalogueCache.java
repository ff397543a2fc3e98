package kz.appeals.catalogue;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.appeals.catalogue.CatalogueDtos.AgencyView;
import kz.appeals.catalogue.CatalogueDtos.DistrictView;
import kz.appeals.catalogue.CatalogueDtos.OfficialView;
import kz.appeals.catalogue.CatalogueDtos.TopicView;
import kz.appeals.common.TransactionMemo;
import org.hibernate.query.NativeQuery;

/**
 * The catalogues held in memory with the version they were read at: each use reads only the
 * version row (migration V89, raised by a trigger on every change of a district, topic, agency or
 * official) and reloads the four lists when it moved, so a change applies to the next request on
 * every instance at once, and intake checks a topic and a district without loading entities. The
 * version is read once per transaction ({@link TransactionMemo}).
 */
@ApplicationScoped
public class CatalogueCache {

    /** The catalogues as of one version, in the order the API lists them. */
    public record Snapshot(long version, List<DistrictView> districts, List<TopicView> topics, List<AgencyView> agencies,
                           List<OfficialView> officials, Map<String, DistrictView> districtsByCode,
                           Map<String, TopicView> topicsByCode) {
    }

    /** The key of the version read in the current transaction. */
    private static final Object VERSION = new Object();

    @Inject
    EntityManager em;

    @Inject
    TransactionMemo memo;

    private volatile Snapshot loaded;

    /** The catalogues as the database holds them now (a version read; a reload only after a change). */
    public Snapshot current() {
        long version = memo.get(VERSION, this::readVersion);
        Snapshot current = loaded;
        if (current == null || current.version() != version) {
            // the version is read before the lists: a snapshot is never newer-tagged than what it holds
            current = load(version);
            loaded = current;
        }
        return current;
    }

    private long readVersion() {
        // names the tables it stands for, so that Hibernate flushes pending writes first only when they touch them
        return ((Number) em.createNativeQuery("select version from catalogue_version").unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("catalogue_version").addSynchronizedQuerySpace("district")
                .addSynchronizedQuerySpace("topic").addSynchronizedQuerySpace("agency")
                .addSynchronizedQuerySpace("official").getSingleResult()).longValue();
    }

    private static Snapshot load(long version) {
        List<DistrictView> districts = District.<District>listAll(Sort.by("code")).stream().map(DistrictView::of).toList();
        List<TopicView> topics = Topic.<Topic>listAll(Sort.by("groupCode").and("code")).stream().map(TopicView::of).toList();
        List<AgencyView> agencies = Agency.<Agency>listAll(Sort.by("code")).stream().map(AgencyView::of).toList();
        List<OfficialView> officials = Official.<Official>listAll(Sort.by("id")).stream().map(OfficialView::of).toList();
        return new Snapshot(version, districts, topics, agencies, officials,
                districts.stream().collect(Collectors.toUnmodifiableMap(DistrictView::code, Function.identity())),
                topics.stream().collect(Collectors.toUnmodifiableMap(TopicView::code, Function.identity())));
    }
}
