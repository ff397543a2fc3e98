package kz.appeals.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What "open" means: the appeal still awaits the executor's answer, so its term can run out. */
class AppealStatusTest {

    @Test
    @DisplayName("an appeal is open while REGISTERED, ASSIGNED or IN_PROGRESS; RESOLVED is answered, the rest ended")
    void openStatuses() {
        assertThat(Arrays.stream(AppealStatus.values()).filter(AppealStatus::isOpen))
                .containsExactly(AppealStatus.REGISTERED, AppealStatus.ASSIGNED, AppealStatus.IN_PROGRESS);
    }
}
