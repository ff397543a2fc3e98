package kz.appeals.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves by hand: it tells {@link #now} (in UTC) until the test sets another instant. */
public final class HandClock extends Clock {
    public Instant now;

    public HandClock(Instant start) {
        now = start;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneOffset getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
