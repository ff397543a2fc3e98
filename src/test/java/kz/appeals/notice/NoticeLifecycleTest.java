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
    @DisplayName("only a PENDING notice is sent, postponed, given up or recorded; only a FAILED one is retried")
    void table() {
        for (Action a : Action.values()) {
            for (NoticeStatus s : NoticeStatus.values()) {
                boolean expected = a == Action.RETRY ? s == NoticeStatus.FAILED : s == NoticeStatus.PENDING;
                assertThat(a.allowedFrom(s)).as("%s from %s", a, s).isEqualTo(expected);
            }
        }
        assertThat(Action.SENDING.result()).isEqualTo(NoticeStatus.SENT);
        assertThat(Action.GIVING_UP.result()).isEqualTo(NoticeStatus.FAILED);
        assertThat(Action.CALL.result()).isEqualTo(NoticeStatus.DELIVERED);
        assertThat(Action.RETRY.actors()).containsExactlyInAnyOrder(Roles.SUPERVISOR, Roles.ADMIN);
        assertThat(NoticeLifecycle.recording(NoticeChannel.POST)).isEqualTo(Action.POSTING);
        assertThat(NoticeLifecycle.sqlFrom(Action.SENDING)).isEqualTo("('PENDING')");
        assertThat(NoticeLifecycle.allowedIn(NoticeStatus.SENT)).isEmpty();
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
    }
}
