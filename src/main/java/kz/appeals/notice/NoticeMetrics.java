package kz.appeals.notice;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import kz.appeals.common.SqlValues;

/**
 * The outbox on the management interface: notices waiting to be sent and the age of the oldest
 * (as of this instance's last dispatch round), sent and failed notices by channel, and notices
 * marked late by the deadline watch.
 */
@ApplicationScoped
class NoticeMetrics {
    private final AtomicLong depth = new AtomicLong();
    private final AtomicLong oldestSeconds = new AtomicLong();
    private final Map<NoticeChannel, Counter> sent = new EnumMap<>(NoticeChannel.class);
    private final Map<NoticeChannel, Counter> failed = new EnumMap<>(NoticeChannel.class);
    private final Counter late;

    @Inject
    NoticeOutbox outbox;

    private final MeterRegistry registry;
    private final java.util.List<Gauge> gauges;

    @Inject
    NoticeMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.gauges = java.util.List.of(
                Gauge.builder("appeals.notices.pending", depth, AtomicLong::get)
                        .description("E-mail and SMS notices waiting to be sent (the outbox's depth)").register(registry),
                Gauge.builder("appeals.notices.oldest.pending.seconds", oldestSeconds, AtomicLong::get)
                        .description("Age of the oldest notice waiting to be sent; 0 when none waits").register(registry));
        for (NoticeChannel channel : NoticeChannel.values()) {
            sent.put(channel, Counter.builder("appeals.notices.sent").description("Notices sent")
                    .tag("channel", channel.name()).register(registry));
            failed.put(channel, Counter.builder("appeals.notices.failed").description("Notices given up (FAILED)")
                    .tag("channel", channel.name()).register(registry));
        }
        late = Counter.builder("appeals.notices.late").description("Notices marked late by the deadline watch")
                .register(registry);
    }

    /** The gauges leave the registry with the bean (see DeadlineGauges#unregister). */
    @jakarta.annotation.PreDestroy
    void unregister() {
        gauges.forEach(registry::remove);
    }

    void sent(NoticeChannel channel) {
        sent.get(channel).increment();
    }

    void failed(NoticeChannel channel) {
        failed.get(channel).increment();
    }

    void late(int count) {
        late.increment(count);
    }

    /** Reads the depth and the oldest age from the outbox. */
    void refresh() {
        Instant now = Instant.now();
        Object[] row = outbox.depth(now);
        depth.set(((Number) row[0]).longValue());
        Instant oldest = SqlValues.instant(row[1]);
        oldestSeconds.set(oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toSeconds()));
    }
}
