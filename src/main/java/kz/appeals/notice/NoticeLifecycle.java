package kz.appeals.notice;

import static kz.appeals.notice.NoticeStatus.DELIVERED;
import static kz.appeals.notice.NoticeStatus.FAILED;
import static kz.appeals.notice.NoticeStatus.PENDING;
import static kz.appeals.notice.NoticeStatus.SENT;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.appeals.common.InvalidTransitionException;
import kz.appeals.security.Roles;

/**
 * The life of a notice as one table, read like the appeal's: which action is allowed from which
 * statuses, which status it leads to, and who takes it ({@value #DISPATCHER} is the service's own
 * dispatcher, {@value #GATEWAY} the SMS gateway's delivery reports). Every status change of a notice, by SQL in {@link NoticeOutbox} or through the
 * entity in {@link NoticeService}, asks this table first.
 */
public final class NoticeLifecycle {
    /** The actor of the dispatcher's actions. */
    public static final String DISPATCHER = "dispatcher";
    /** The actor of the SMS gateway's delivery reports. */
    public static final String GATEWAY = "sms-gateway";

    public enum Action {
        //             allowed from                 result     taken by
        SENDING       (EnumSet.of(PENDING),         SENT,      DISPATCHER),
        POSTPONEMENT  (EnumSet.of(PENDING),         PENDING,   DISPATCHER),
        GIVING_UP     (EnumSet.of(PENDING),         FAILED,    DISPATCHER),
        POSTING       (EnumSet.of(PENDING),         SENT,      Roles.OFFICE_STAFF, Roles.SUPERVISOR, Roles.OPERATOR, Roles.ADMIN),
        CALL          (EnumSet.of(PENDING),         DELIVERED, Roles.OFFICE_STAFF, Roles.SUPERVISOR, Roles.OPERATOR, Roles.ADMIN),
        RETRY         (EnumSet.of(FAILED),          PENDING,   Roles.SUPERVISOR, Roles.ADMIN),
        DELIVERY      (EnumSet.of(SENT),            DELIVERED, GATEWAY),
        NON_DELIVERY  (EnumSet.of(SENT),            FAILED,    GATEWAY);

        private final Set<NoticeStatus> from;
        private final NoticeStatus result;
        private final List<String> actors;

        Action(Set<NoticeStatus> from, NoticeStatus result, String... actors) {
            this.from = from;
            this.result = result;
            this.actors = List.of(actors);
        }

        public boolean allowedFrom(NoticeStatus status) {
            return from.contains(status);
        }

        public Set<NoticeStatus> from() {
            return from;
        }

        public NoticeStatus result() {
            return result;
        }

        public List<String> actors() {
            return actors;
        }

        public String path() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private NoticeLifecycle() {
    }

    /** How staff record a notice they sent themselves. */
    public static Action recording(NoticeChannel channel) {
        return switch (channel) {
            case POST -> Action.POSTING;
            case PHONE -> Action.CALL;
            default -> throw new IllegalArgumentException(channel + " notices are sent by the dispatcher");
        };
    }

    /** The statuses an action starts from, as an SQL list for a guarded UPDATE: {@code ('PENDING')}. */
    static String sqlFrom(Action action) {
        return "(" + String.join(", ", action.from().stream().map(s -> "'" + s.name() + "'").toList()) + ")";
    }

    public static List<String> allowedIn(NoticeStatus status) {
        return Arrays.stream(Action.values()).filter(a -> a.allowedFrom(status)).map(Action::path).toList();
    }

    /** The 409 that names the current status and what it allows. */
    public static void require(Action action, long noticeId, NoticeStatus status) {
        if (!action.allowedFrom(status)) {
            throw new InvalidTransitionException("Notice " + noticeId, action.path(), status.name(), allowedIn(status));
        }
    }
}
