package kz.appeals.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.config.WithDefault;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.Properties;
import kz.appeals.appeal.DeadlineWatchJob;
import kz.appeals.statistics.StatsCompactor;
import kz.appeals.support.TestInfrastructure;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each schedule's setting is written once: the job reads its key, and the key's default is the
 * one of {@link AppealsConfig}, not repeated in the annotation or in application.properties.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class ScheduleConfigTest {

    @Inject
    AppealsConfig config;

    @Test
    @DisplayName("the statistics compactor runs every appeals.stats.compaction-interval, whose default is AppealsConfig's")
    void compactionInterval() throws Exception {
        Scheduled scheduled = StatsCompactor.class.getDeclaredMethod("compact").getAnnotation(Scheduled.class);
        assertThat(scheduled.every()).isEqualTo("${appeals.stats.compaction-interval}");
        String documented = AppealsConfig.Stats.class.getMethod("compactionInterval").getAnnotation(WithDefault.class).value();
        assertThat(config.stats().compactionInterval()).isEqualTo(documented).isEqualTo("1s");
        assertThat(ConfigProvider.getConfig().getValue("appeals.stats.compaction-interval", String.class)).isEqualTo(documented);
        assertThat(mainProperties()).doesNotContainKey("appeals.stats.compaction-interval");
    }

    @Test
    @DisplayName("the deadline watch runs at appeals.deadline-watch.cron, whose default is AppealsConfig's (off in tests)")
    void deadlineWatchCron() throws Exception {
        Scheduled scheduled = DeadlineWatchJob.class.getDeclaredMethod("everyMorning").getAnnotation(Scheduled.class);
        assertThat(scheduled.cron()).isEqualTo("${appeals.deadline-watch.cron}");
        String documented = AppealsConfig.DeadlineWatch.class.getMethod("cron").getAnnotation(WithDefault.class).value();
        assertThat(documented).isEqualTo("0 0 7 * * ?");
        assertThat(config.deadlineWatch().cron()).isEqualTo("off");
        assertThat(mainProperties()).doesNotContainKey("appeals.deadline-watch.cron")
                .containsEntry("%test.appeals.deadline-watch.cron", "off");
    }

    private static Properties mainProperties() throws Exception {
        Properties p = new Properties();
        try (InputStream in = ScheduleConfigTest.class.getResourceAsStream("/application.properties")) {
            p.load(in);
        }
        return p;
    }
}
