package kz.appeals.reception;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of personal receptions. */
@ConfigMapping(prefix = "appeals.receptions")
public interface ReceptionConfig {

    /** How long a reception lasts when scheduledUntil is not given (ISO-8601 duration). */
    @WithDefault("PT3H")
    Duration defaultDuration();

    /**
     * How long before its scheduled start a reception may be marked held (ISO-8601 duration):
     * earlier, holding answers 409. Staff may open the door a little early; a reception cannot
     * be recorded as held hours before it begins.
     */
    @WithDefault("PT30M")
    Duration holdEarlyTolerance();
}
