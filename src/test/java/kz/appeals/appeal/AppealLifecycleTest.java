package kz.appeals.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import kz.appeals.appeal.AppealLifecycle.Action;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The table itself, without the service: its shape, and the resource's annotations agreeing with it. */
class AppealLifecycleTest {

    @Test
    @DisplayName("every action of the table has an endpoint POST /appeals/{id}/<action> with the table's roles")
    void resourceMatchesTable() {
        for (Action action : Action.values()) {
            Optional<Method> endpoint = Arrays.stream(CaseActionResource.class.getDeclaredMethods())
                    .filter(m -> m.isAnnotationPresent(Path.class))
                    .filter(m -> m.getAnnotation(Path.class).value().equals("/" + action.path()))
                    .findFirst();
            assertThat(endpoint).as("endpoint of %s", action).isPresent();
            assertThat(endpoint.get().getAnnotation(RolesAllowed.class).value())
                    .as("roles of %s", action).containsExactlyInAnyOrderElementsOf(action.roles());
        }
    }

    @Test
    @DisplayName("no action leaves REDIRECTED or WITHDRAWN; CLOSED only reopens")
    void endStates() {
        assertThat(AppealLifecycle.allowedIn(AppealStatus.REDIRECTED)).isEmpty();
        assertThat(AppealLifecycle.allowedIn(AppealStatus.WITHDRAWN)).isEmpty();
        assertThat(AppealLifecycle.allowedIn(AppealStatus.CLOSED)).containsExactly("reopening");
    }

    @Test
    @DisplayName("extension keeps the status it is taken in; every other action names its result")
    void results() {
        assertThat(Action.EXTENSION.resultFrom(AppealStatus.IN_PROGRESS)).isEqualTo(AppealStatus.IN_PROGRESS);
        assertThat(Action.EXTENSION.resultFrom(AppealStatus.ASSIGNED)).isEqualTo(AppealStatus.ASSIGNED);
        assertThat(Action.ASSIGNMENT.resultFrom(AppealStatus.IN_PROGRESS)).isEqualTo(AppealStatus.ASSIGNED);
        assertThat(Action.REOPENING.resultFrom(AppealStatus.CLOSED)).isEqualTo(AppealStatus.IN_PROGRESS);
    }
}
