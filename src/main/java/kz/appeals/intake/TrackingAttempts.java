package kz.appeals.intake;

import io.netty.util.NetUtil;
import io.quarkus.hibernate.orm.panache.Panache;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import kz.appeals.common.SqlValues;

/**
 * Attempts at the tracking page, counted per client address and per registration number
 * in fixed windows (table {@code tracking_attempt}); the SMS gateway's key per client address
 * too ({@link ClientGuesses}). An attempt is counted before the code
 * is compared, by one statement that increments and returns the count: parallel attempts
 * each get their own number, in the database, so no instance can let more through than
 * the limit. An attempt with the right code is given back.
 */
final class TrackingAttempts {
    /** CLIENT: access codes from a client; NUMBER: access codes for an appeal; GATEWAY: gateway keys from a client. */
    enum Scope { CLIENT, NUMBER, GATEWAY }

    /** The count in the current window including this attempt, and the seconds until that window ends. */
    record Count(Scope scope, String subject, int attempts, Instant windowStart, long secondsLeft) {
    }

    private TrackingAttempts() {
    }

    static Count count(Scope scope, String subject, Duration window) {
        Object[] row = (Object[]) Panache.getEntityManager().createNativeQuery("""
                        insert into tracking_attempt as t (scope, subject, window_start, attempts)
                        values (?1, ?2, now(), 1)
                        on conflict (scope, subject) do update set
                            window_start = case when t.window_start > now() - make_interval(secs => ?3)
                                                then t.window_start else now() end,
                            attempts = case when t.window_start > now() - make_interval(secs => ?3)
                                            then t.attempts + 1 else 1 end
                        returning t.attempts, t.window_start,
                            greatest(1, ceil(extract(epoch from t.window_start + make_interval(secs => ?3) - now())))::bigint""")
                .setParameter(1, scope.name()).setParameter(2, subject).setParameter(3, (double) window.toSeconds())
                .getSingleResult();
        return new Count(scope, subject, ((Number) row[0]).intValue(), SqlValues.instant(row[1]), ((Number) row[2]).longValue());
    }

    /** Gives back an attempt that proved right, unless its window has been replaced meanwhile. */
    static void release(Count count) {
        Panache.getEntityManager().createNativeQuery("""
                        update tracking_attempt set attempts = attempts - 1
                        where scope = ?1 and subject = ?2 and window_start = ?3 and attempts > 0""")
                .setParameter(1, count.scope().name()).setParameter(2, count.subject())
                .setParameter(3, count.windowStart()).executeUpdate();
    }

    /** Windows that ended: their rows count nothing any more. */
    static int forgetEnded(Duration window) {
        return Panache.getEntityManager().createNativeQuery(
                        "delete from tracking_attempt where window_start <= now() - make_interval(secs => ?1)")
                .setParameter(1, (double) window.toSeconds()).executeUpdate();
    }

    /**
     * What a client is counted as: its IPv4 address, or the /64 network of an IPv6 address
     * (one subscriber usually holds a whole /64, and could otherwise change address per guess).
     */
    static String clientKey(String address) {
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
        if (bytes == null || bytes.length == 4) {
            return address;
        }
        Arrays.fill(bytes, 8, 16, (byte) 0);
        return NetUtil.bytesToIpAddress(bytes) + "/64";
    }
}
