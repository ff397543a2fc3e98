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
}
