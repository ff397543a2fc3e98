package kz.appeals.catalogue;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.appeals.catalogue.CatalogueDtos.AgencyView;
import kz.appeals.catalogue.CatalogueDtos.DistrictView;
import kz.appeals.catalogue.CatalogueDtos.OfficialView;
import kz.appeals.catalogue.CatalogueDtos.TopicView;
import kz.appeals.common.DataVersions;
import kz.appeals.common.TransactionMemo;

/**
 * The catalogues held in memory with the version they were read at (migration V89: a version row
 * raised by a trigger on every change of a district, topic, agency or official, which also notifies
 * the change; since V93 a change of a notice template raises it too, for notice.ActiveTemplates). Inside a transaction (intake's checks, changes) each use reads the version row, once
 * per transaction ({@link TransactionMemo}), and reloads the four lists when it moved: checks see
 * exactly what is committed. Outside one (the API's lists) the version that {@link CatalogueChanges}
 * hears of stands for the row, so a list is answered without the database; a change made elsewhere
 * shows within its notification's delivery, one made through this instance at once.
 */
@ApplicationScoped
public class CatalogueCache {

    /** The catalogues as of one version, in the order the API lists them. */
    public record Snapshot(long version, List<DistrictView> districts, List<TopicView> topics, List<AgencyView> agencies,
                           List<OfficialView> officials, Map<String, DistrictView> districtsByCode,
                           Map<String, TopicView> topicsByCode, Map<String, AgencyView> agenciesByCode) {
    }

    @Inject
    TransactionMemo memo;

    @Inject
    CatalogueChanges changes;

    @Inject
    DataVersions versions;

    @Inject
    TransactionSynchronizationRegistry registry;

    private volatile Snapshot loaded;
    /** Changes made through this instance, counted when their transactions end. */
    private final AtomicLong localChanges = new AtomicLong();
    /** The count of local changes when the version row was last read outside a transaction. */
    private volatile long readAfterLocalChange = -1;

    /**
     * The catalogues held in memory when, outside a transaction, they are known to be current without
     * the database (what the listener knows stands for the version row, and no change was made here
     * since it was last read); empty when a read is needed ({@link #current}).
     */
    public Optional<Snapshot> ifCurrent() {
        Snapshot current = loaded;
        return current != null && !memo.inTransaction() && changes.known() == current.version()
                && readAfterLocalChange == localChanges.get() ? Optional.of(current) : Optional.empty();
    }

    /** The catalogues as the database holds them now (a version read; a reload only after a change). */
    public Snapshot current() {
        Optional<Snapshot> known = ifCurrent();
        if (known.isPresent()) {
            return known.get();
        }
        Snapshot current = loaded;
        boolean inTransaction = memo.inTransaction();
        long changesBefore = localChanges.get();
        long version = versions.current().catalogues();
        if (current == null || current.version() != version) {
            // the version is read before the lists: a snapshot is never newer-tagged than what it holds
            current = load(version);
            loaded = current;
        }
        if (!inTransaction) {
            // read outside a transaction: a committed version
            changes.seen(version);
            readAfterLocalChange = changesBefore;
        }
        return current;
    }

    /**
     * A change of the catalogues is being made here: once its transaction ends, the next read outside a
     * transaction asks the database again instead of waiting for the change's notification, so that a
     * client reads its own change on this instance at once.
     */
    void changingHere() {
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                localChanges.incrementAndGet();
            }
        });
    }

    private static Snapshot load(long version) {
        List<DistrictView> districts = District.<District>listAll(Sort.by("code")).stream().map(DistrictView::of).toList();
        List<TopicView> topics = Topic.<Topic>listAll(Sort.by("groupCode").and("code")).stream().map(TopicView::of).toList();
        List<AgencyView> agencies = Agency.<Agency>listAll(Sort.by("code")).stream().map(AgencyView::of).toList();
        List<OfficialView> officials = Official.<Official>listAll(Sort.by("id")).stream().map(OfficialView::of).toList();
        return new Snapshot(version, districts, topics, agencies, officials,
                districts.stream().collect(Collectors.toUnmodifiableMap(DistrictView::code, Function.identity())),
                topics.stream().collect(Collectors.toUnmodifiableMap(TopicView::code, Function.identity())),
                agencies.stream().collect(Collectors.toUnmodifiableMap(AgencyView::code, Function.identity())));
    }
}
