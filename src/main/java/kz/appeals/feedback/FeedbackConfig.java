package kz.appeals.feedback;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the citizen's feedback (prefix {@code appeals.feedback}); every key is listed in docs/configuration.md. */
@ConfigMapping(prefix = "appeals.feedback")
public interface FeedbackConfig {

    /** How long after a closure its feedback is taken (ISO-8601 duration; 410 after). */
    @WithDefault("P30D")
    Duration window();
}
