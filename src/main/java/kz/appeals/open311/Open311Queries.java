package kz.appeals.open311;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.appeals.appeal.Appeal;
import kz.appeals.appeal.AppealEvent;
import kz.appeals.appeal.AppealStatus;
import kz.appeals.catalogue.CatalogueDtos.AgencyView;
import kz.appeals.catalogue.CatalogueDtos.TopicView;
import kz.appeals.catalogue.CatalogueService;
import kz.appeals.common.PiiMaskingFilter;
import kz.appeals.intake.Registrar;

/**
 * What GeoReport v2 clients read: requests and the updates feed. Only appeals filed through the
 * gateway are listed (the register's other appeals are letters to the state, not public
 * reports), and nothing that names the applicant is: no name, contact or account, the appeal's
 * text and the public notes with e-mail addresses, IINs and phone numbers masked, and of the
 * timeline only public entries and the bare fact of status changes.
 */
@ApplicationScoped
public class Open311Queries {
    /** The most requests or updates one answer holds (the specification's default limit). */
    static final int LIMIT = 1000;

    @Inject
    CatalogueService catalogue;

    /** The filters of GET requests. Lists are null when not given. */
    record RequestsQuery(List<String> ids, List<String> serviceCodes, W3cDates.Range range, Set<AppealStatus> statuses) {
    }

    /** One entry of the updates feed: an event of an appeal's timeline, as the extension shows it. */
    private record Update(AppealEvent event, String status, String description) {
    }

    @Transactional
    public List<Map<String, Object>> requests(RequestsQuery q) {
        List<Appeal> appeals;
        if (q.ids() != null) {
            // The ids override every other argument (the specification).
            appeals = Appeal.list("open311Client is not null and registrationNumber in ?1 order by receivedAt desc, id desc",
                    q.ids().stream().map(id -> id.toUpperCase(Locale.ROOT)).toList());
        } else {
            StringBuilder where = new StringBuilder("open311Client is not null and receivedAt >= ?1 and receivedAt <= ?2");
            List<Object> args = new ArrayList<>(List.of(q.range().start(), q.range().end()));
            if (q.serviceCodes() != null) {
                args.add(q.serviceCodes());
                where.append(" and topicCode in ?").append(args.size());
            }
            if (q.statuses() != null) {
                args.add(q.statuses());
                where.append(" and status in ?").append(args.size());
            }
            appeals = Appeal.<Appeal>find(where + " order by receivedAt desc, id desc", args.toArray())
                    .page(0, LIMIT).list();
        }
        return describe(appeals);
    }

    @Transactional
    public List<Map<String, Object>> request(String id) {
        List<Appeal> found = id == null || id.length() > 32 ? List.of()
                : Appeal.list("open311Client is not null and registrationNumber = ?1", id.toUpperCase(Locale.ROOT));
        if (found.isEmpty()) {
            throw Open311Exception.notFound("service_request_id " + id + " was not found");
        }
        return describe(found);
    }

    /** The updates of the gateway's requests made within the range, oldest first. */
    @Transactional
    public List<Map<String, Object>> updates(W3cDates.Range range) {
        List<Object[]> rows = AppealEvent.getEntityManager().createQuery("""
                        select e, a from AppealEvent e, Appeal a
                        where a.id = e.appealId and a.open311Client is not null
                          and e.occurredAt >= ?1 and e.occurredAt <= ?2
                          and (e.publicEntry = true or e.statusBefore is null or e.statusBefore <> e.statusAfter)
                        order by e.occurredAt, e.id""", Object[].class)
                .setParameter(1, range.start()).setParameter(2, range.end()).setMaxResults(LIMIT).getResultList();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object[] row : rows) {
            AppealEvent e = (AppealEvent) row[0];
            Appeal a = (Appeal) row[1];
            Update u = update(e, a);
            if (u == null) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("update_id", e.id.toString());
            m.put("service_request_id", a.registrationNumber);
            m.put("status", u.status());
            m.put("updated_datetime", W3cDates.format(e.occurredAt));
            m.put("description", u.description());
            m.put("media_url", "");
            out.add(m);
        }
        return out;
    }

    /** What the gateway tells about a request's term (service_notice). */
    static String notice(Appeal a) {
        return "Registered as appeal " + a.registrationNumber + ". The answer is due by " + a.dueOn + " ("
                + Registrar.TERM_WORKING_DAYS + " working days from registration" + (a.extended ? ", extended" : "")
                + ").";
    }

    /**
     * The event as an update, or null when it is not one: an update is a public entry of the
     * timeline, or a change of the request's stage (registered, in progress, ended). Internal
     * entries show only their status, with a neutral sentence instead of their words.
     */
    private static Update update(AppealEvent e, Appeal a) {
        boolean stageChanged = Open311Status.stage(e.statusBefore) != Open311Status.stage(e.statusAfter);
        if (!e.publicEntry && !stageChanged) {
            return null;
        }
        // The outcome a closure had is known for the closure that still stands: the appeal's own. Entries
        // written after it while it stands (the notice of the answer, say) belong to it as well.
        boolean currentClosure = e.statusAfter == AppealStatus.CLOSED && a.status == AppealStatus.CLOSED
                && a.closedAt != null && !e.occurredAt.isBefore(a.closedAt);
        String status = Open311Status.update(e.statusAfter, currentClosure ? a.outcome : null);
        String description = e.publicEntry ? publicText(e.note) : switch (Open311Status.stage(e.statusAfter)) {
            case OPEN -> "Registered";
            case IN_PROGRESS -> "Passed to the competent agency for consideration";
            case ENDED -> "Consideration ended";
        };
        return new Update(e, status, description);
    }

    private List<Map<String, Object>> describe(List<Appeal> appeals) {
        if (appeals.isEmpty()) {
            return List.of();
        }
        List<Long> ids = appeals.stream().map(a -> a.id).toList();
        Map<String, String> topics = catalogue.topics().stream().collect(Collectors.toMap(TopicView::code, TopicView::name));
        Map<String, String> agencies = catalogue.agencies().stream()
                .collect(Collectors.toMap(AgencyView::code, AgencyView::name));
        Map<Long, String> media = new HashMap<>();
        for (Open311Request r : Open311Request.<Open311Request>list("appealId in ?1", ids)) {
            media.put(r.appealId, r.mediaUrl);
        }
        Map<Long, Appeal> byId = appeals.stream().collect(Collectors.toMap(a -> a.id, a -> a));
        Map<Long, Instant> updated = new HashMap<>();
        for (AppealEvent e : AppealEvent.<AppealEvent>list("appealId in ?1 order by occurredAt, id", ids)) {
            if (update(e, byId.get(e.appealId)) != null) {
                updated.put(e.appealId, e.occurredAt);
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Appeal a : appeals) {
            String status = Open311Status.of(a.status);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("service_request_id", a.registrationNumber);
            m.put("status", status);
            m.put("status_notes", "closed".equals(status) ? statusNotes(a) : null);
            m.put("service_name", topics.get(a.topicCode));
            m.put("service_code", a.topicCode);
            m.put("description", limit(publicText(a.text)));
            m.put("agency_responsible", a.agencyCode == null ? null : agencies.get(a.agencyCode));
            m.put("service_notice", notice(a));
            m.put("requested_datetime", W3cDates.format(a.receivedAt));
            m.put("updated_datetime", W3cDates.format(updated.getOrDefault(a.id, a.registeredAt)));
            m.put("expected_datetime", W3cDates.endOf(a.dueOn));
            m.put("address", a.locationAddress);
            m.put("lat", a.locationLat);
            m.put("long", a.locationLong);
            m.put("media_url", media.get(a.id));
            out.add(m);
        }
        return out;
    }

    /** Why a request is closed, in public words: the accepted answer, where it was sent, or that it ended. */
    private static String statusNotes(Appeal a) {
        return switch (a.status) {
            case CLOSED -> a.answer == null ? null : limit(publicText(a.answer));
            case REDIRECTED -> "Sent to the competent body: " + publicText(a.redirectedTo);
            default -> "Consideration ended without an answer: the appeal was withdrawn or left without consideration "
                    + "as the law allows";
        };
    }

    /** Text published by the gateway: e-mail addresses, IINs/BINs and phone numbers masked. */
    private static String publicText(String text) {
        return text == null ? "" : PiiMaskingFilter.mask(text);
    }

    private static String limit(String text) {
        return text.length() <= Open311Form.MAX_DESCRIPTION ? text : text.substring(0, Open311Form.MAX_DESCRIPTION);
    }

    /** The statuses GET requests' status= names: open, closed, comma-separated; anything else is a 400. */
    static Set<AppealStatus> statuses(String param) {
        if (param == null || param.isBlank()) {
            return null;
        }
        Set<AppealStatus> out = new LinkedHashSet<>();
        for (String s : param.split(",")) {
            String want = s.strip().toLowerCase(Locale.ROOT);
            if (!want.equals("open") && !want.equals("closed")) {
                throw Open311Exception.badRequest("status must be open or closed (comma-separated for both)");
            }
            Arrays.stream(AppealStatus.values()).filter(st -> Open311Status.of(st).equals(want)).forEach(out::add);
        }
        return out;
    }

    /** A comma-separated list parameter, or null when absent. */
    static List<String> list(String param) {
        if (param == null || param.isBlank()) {
            return null;
        }
        List<String> out = Arrays.stream(param.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (out.size() > LIMIT) {
            throw Open311Exception.badRequest("At most " + LIMIT + " values may be listed");
        }
        return out.isEmpty() ? null : out;
    }
}
