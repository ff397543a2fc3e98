package kz.appeals.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Writes the entries of an appeal's timeline; callers hold the transaction. */
@ApplicationScoped
public class Timeline {

    public AppealEvent record(Appeal appeal, String kind, AppealStatus before, boolean publicEntry, String note,
                              String actor, String actorRole, Instant at) {
        return record(appeal, kind, before, appeal.status, publicEntry, note, actor, actorRole, at);
    }

    /** An entry whose status after is given: for appeals written in their final state at once (the import). */
    public AppealEvent record(Appeal appeal, String kind, AppealStatus before, AppealStatus after, boolean publicEntry,
                              String note, String actor, String actorRole, Instant at) {
        AppealEvent event = new AppealEvent();
        event.appealId = appeal.id;
        event.occurredAt = at;
        event.actor = actor;
        event.actorRole = actorRole;
        event.kind = kind;
        event.publicEntry = publicEntry;
        event.statusBefore = before;
        event.statusAfter = after;
        event.note = note;
        event.persist();
        return event;
    }
}
