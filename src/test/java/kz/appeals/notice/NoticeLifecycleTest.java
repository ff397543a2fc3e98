package kz.appeals.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.appeals.common.InvalidTransitionException;
import kz.appeals.notice.NoticeLifecycle.Action;
import kz.appeals.security.Roles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The table of a notice's life, as a reader expects it. */
class NoticeLifecycleTest {

    @Test
    @DisplayName("only a PENDING notice is sent, postponed, given up or recorded; only a FAILED one is retried; only a SENT one gets a delivery report")
    void table() {
        for (Action a : Action.values()) {
            for (NoticeStatus s : NoticeStatus.values()) {
                boolean expected = switch (a) {
                    case RETRY -> s == NoticeStatus.FAILED;
                    case DELIVERY, NON_DELIVERY -> s == NoticeStatus.SENT;
                    default -> s == NoticeStatus.PENDING;
                };
                assertThat(a.allowedFrom(s)).as("%s from %s", a, s).isEqualTo(expected);
            }
        }
        assertThat(Action.SENDING.result()).isEqualTo(NoticeStatus.SENT);
        assertThat(Action.GIVING_UP.result()).isEqualTo(NoticeStatus.FAILED);
        assertThat(Action.CALL.result()).isEqualTo(NoticeStatus.DELIVERED);
        assertThat(Action.RETRY.actors()).containsExactlyInAnyOrder(Roles.SUPERVISOR, Roles.ADMIN);
        assertThat(NoticeLifecycle.recording(NoticeChannel.POST)).isEqualTo(Action.POSTING);
        assertThat(NoticeLifecycle.sqlFrom(Action.SENDING)).isEqualTo("('PENDING')");
        assertThat(NoticeLifecycle.allowedIn(NoticeStatus.SENT)).containsExactly("delivery", "non_delivery");
        assertThat(Action.DELIVERY.result()).isEqualTo(NoticeStatus.DELIVERED);
        assertThat(Action.NON_DELIVERY.result()).isEqualTo(NoticeStatus.FAILED);
        assertThat(Action.DELIVERY.actors()).containsExactly(NoticeLifecycle.GATEWAY);
        assertThat(NoticeLifecycle.allowedIn(NoticeStatus.DELIVERED)).isEmpty();
        assertThatThrownBy(() -> NoticeLifecycle.require(Action.RETRY, 7, NoticeStatus.SENT))
                .isInstanceOf(InvalidTransitionException.class).hasMessageContaining("Notice 7 in status SENT");
    }

    @Test
    @DisplayName("each step that owes a notice names its kind; the law's 3 working days for extension and redirection")
    void kinds() {
        assertThat(NoticeKind.owedBy("REGISTERED")).contains(NoticeKind.REGISTRATION);
        assertThat(NoticeKind.owedBy("CLOSED")).contains(NoticeKind.ANSWER);
        assertThat(NoticeKind.owedBy("RESOLVED")).isEmpty();
        assertThat(NoticeKind.owedBy("ASSIGNED")).isEmpty();
        assertThat(NoticeKind.EXTENSION.workingDays()).isEqualTo(3);
        assertThat(NoticeKind.REDIRECTION.workingDays()).isEqualTo(3);
        // an answer template is no notice: no step owes it, and it has no subject line
        assertThat(NoticeKind.ANSWER_DRAFT.notice()).isFalse();
        assertThat(java.util.Arrays.stream(NoticeKind.values()).filter(k -> k != NoticeKind.ANSWER_DRAFT))
                .allMatch(NoticeKind::notice);
    }
}
