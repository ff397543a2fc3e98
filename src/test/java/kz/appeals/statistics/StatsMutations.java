package kz.appeals.statistics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What case control does to imported appeals, done by plain SQL UPDATEs as any writer may:
 * assignment (to an agency, to a named official), progress, extension (of an open appeal, and
 * of one answered afterwards within or past the new term), reopening (with the outcome cleared,
 * or left stale), a returned answer, an answer awaiting acceptance, an answer on the due date
 * itself, redirection (within and past 3 working days), withdrawal, reassignment; and receptions
 * cancelled after the fact; campaigns given to appeals and receptions; the applicants' feedback on closed
 * appeals (solved, disputed, a dispute dismissed, reopened after a dispute, closed again after it);
 * notices sent on time, late, still owed past their day and marked late. Feedback and notices come
 * first, so that the moves of their appeals to other cells that follow carry them along. The
 * statistics triggers must follow every one of them.
 */
final class StatsMutations {
    private final Connection c;
    private final Random random;
    private final String run;

    StatsMutations(Connection c, Random random, String run) {
        this.c = c;
        this.random = random;
        this.run = run;
    }

    void apply() throws SQLException {
        campaigns();
        feedback();
        notices();
        for (long id : ids("select id from appeal where external_ref like ? and status = 'REGISTERED' order by external_ref")) {
            int roll = random.nextInt(100);
            if (roll < 20) {
                update("update appeal set status = 'ASSIGNED', agency_code = 'PVL-HOUSING' where id = ?", id);
            } else if (roll < 30) {
                update("update appeal set status = 'ASSIGNED', agency_code = o.agency_code, official_id = o.id"
                        + " from (select id, agency_code from official where agency_code is not null and active"
                        + " order by id limit 1 offset " + random.nextInt(3) + ") o where appeal.id = ?", id);
            } else if (roll < 45) {
                update("update appeal set status = 'IN_PROGRESS', agency_code = 'EKB-HOUSING' where id = ?", id);
            } else if (roll < 55) {
                update("update appeal set due_on = due_on + 20, extended = true where id = ?", id);
            } else if (roll < 60) {
                update("update appeal set status = 'REDIRECTED', outcome = 'REDIRECTED', redirected_to = 'Prosecutor',"
                        + " answered_on = registered_on + 2, answered_at = registered_at + interval '2 days' where id = ?", id);
            } else if (roll < 63) {
                update("update appeal set status = 'WITHDRAWN', outcome = 'TERMINATED' where id = ?", id);
            } else if (roll < 66) {
                // redirected a week after registration: past 3 working days, whatever the holidays
                update("update appeal set status = 'REDIRECTED', outcome = 'REDIRECTED', redirected_to = 'Court',"
                        + " redirected_late = true, answered_on = registered_on + 7,"
                        + " answered_at = registered_at + interval '7 days' where id = ?", id);
            } else if (roll < 68) {
                // sent back once, in progress again
                update("update appeal set status = 'IN_PROGRESS', agency_code = 'PVL-HOUSING', returned = true where id = ?", id);
            }
        }
        for (long id : ids("select id from appeal where external_ref like ? and status = 'CLOSED' order by external_ref")) {
            int roll = random.nextInt(100);
            if (roll < 5) {
                update("update appeal set status = 'IN_PROGRESS', outcome = null, answer = null, answered_at = null,"
                        + " answered_on = null, closed_at = null, reopened = true where id = ?", id);
            } else if (roll < 8) {
                // Reopened, the earlier outcome and answer date left on the row: pending all the same.
                update("update appeal set status = 'IN_PROGRESS', closed_at = null where id = ?", id);
            } else if (roll < 11) {
                update("update appeal set status = 'RESOLVED', closed_at = null where id = ?", id);
            } else if (roll < 15) {
                update("update appeal set agency_code = 'REG-AKIMAT' where id = ?", id);
            } else if (roll < 18) {
                update("update appeal set outcome = 'REJECTED' where id = ?", id);
            } else if (roll < 24) {
                // the term extended before the answer: 20 more days may make a late answer timely
                update("update appeal set due_on = due_on + 20, extended = true where id = ?", id);
            } else if (roll < 28) {
                // answered on the due date itself: on time
                update("update appeal set answered_on = due_on, answered_at = due_on + time '12:00' - interval '5 hours'"
                        + " where id = ?", id);
            } else if (roll < 31) {
                // answered the day after the due date: late
                update("update appeal set answered_on = due_on + 1, answered_at = due_on + time '12:00' + interval '19 hours'"
                        + " where id = ?", id);
            } else if (roll < 34) {
                // returned once, answered again, closed: the mark stays
                update("update appeal set returned = true where id = ?", id);
            } else if (roll < 37) {
                // reopened and closed again
                update("update appeal set reopened = true, returned = true where id = ?", id);
            } else if (roll < 40) {
                update("update appeal set official_id = (select id from official where agency_code = appeal.agency_code"
                        + " order by id limit 1) where id = ?", id);
            }
        }
        for (long id : ids("select id from reception where external_ref like ? and status = 'HELD' order by external_ref")) {
            if (random.nextInt(10) == 0) {
                update("update reception set status = 'CANCELLED', held_on = null, citizens_received = null,"
                        + " cancel_reason = 'Recorded by mistake' where id = ?", id);
            }
        }
    }

    /**
     * Campaigns of three kinds in 2024 and in 2025 (a month from a random day of the same season), and
     * the appeals and receptions of their dates in part given to them.
     */
    private void campaigns() throws SQLException {
        String[] kinds = {"LEGAL_ADVICE", "THEMED_WEEK", "MOBILE_OFFICE"};
        for (int k = 0; k < kinds.length; k++) {
            int dayOfYear = 1 + random.nextInt(300);
            for (int year = 2024; year <= 2025; year++) {
                String code = "S" + run + "-" + k + "-" + year;
                try (PreparedStatement ps = c.prepareStatement("insert into campaign (id, code, name_ru, name_kk, kind,"
                        + " starts_on, ends_on, created_by, created_at) values (nextval('campaign_seq'), ?, ?, ?, ?,"
                        + " make_date(?, 1, 1) + ?, make_date(?, 1, 1) + ? + 30, 'stats-test', now())")) {
                    ps.setString(1, code);
                    ps.setString(2, "Кампания " + code);
                    ps.setString(3, "Науқан " + code);
                    ps.setString(4, kinds[k]);
                    ps.setInt(5, year);
                    ps.setInt(6, dayOfYear + random.nextInt(5));
                    ps.setInt(7, year);
                    ps.setInt(8, dayOfYear);
                    ps.executeUpdate();
                }
                int share = 1 + random.nextInt(3);
                try (PreparedStatement ps = c.prepareStatement("update appeal a set campaign_code = cc.code from campaign cc"
                        + " where cc.code = ? and a.external_ref like ? and a.registered_on between cc.starts_on and cc.ends_on"
                        + " and abs(hashtext(a.external_ref)) % ? = 0")) {
                    ps.setString(1, code);
                    ps.setString(2, "S-" + run + "-%");
                    ps.setInt(3, share);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("update reception r set campaign_code = cc.code from campaign cc"
                        + " where cc.code = ? and r.external_ref like ? and r.held_on between cc.starts_on and cc.ends_on")) {
                    ps.setString(1, code);
                    ps.setString(2, "SR-" + run + "-%");
                    ps.executeUpdate();
                }
            }
        }
    }

    /** The applicants' verdicts on closed appeals, and what supervisors and staff do about disputes. */
    private void feedback() throws SQLException {
        for (long id : ids("select id from appeal where external_ref like ? and status = 'CLOSED' order by external_ref")) {
            if (random.nextInt(100) >= 40) {
                continue;
            }
            boolean solved = random.nextInt(4) != 0;
            update("update appeal set closed_at = coalesce(closed_at, answered_at, registered_at) where id = ?", id);
            update("insert into appeal_feedback (id, appeal_id, closed_at, outcome, solved, rating, channel, recorded_at,"
                    + " recorded_by, recorded_role) select nextval('appeal_feedback_seq'), a.id, a.closed_at, a.outcome, "
                    + solved + ", " + (1 + random.nextInt(5)) + ", 'PHONE', now(), 'stats-test', 'operator'"
                    + " from appeal a where a.id = ?", id);
            int roll = random.nextInt(10);
            if (!solved && roll < 3) {
                update("update appeal_feedback set dismissed_at = now(), dismissed_by = 'stats-test',"
                        + " dismissal_reason = 'The answer stands' where appeal_id = ?", id);
            } else if (!solved && roll < 6) {
                // reopened after the dispute: the feedback is set aside, the dispute ends
                update("update appeal set status = 'IN_PROGRESS', outcome = null, answer = null, answered_at = null,"
                        + " answered_on = null, closed_at = null, reopened = true where id = ?", id);
            } else if (roll < 7) {
                // reopened and closed again: the earlier feedback belongs to the earlier closure
                update("update appeal set reopened = true, closed_at = closed_at + interval '20 days' where id = ?", id);
            }
        }
    }

    /** Notices of registration: owed, sent on time or late, delivered, failed; some marked late as the watch does. */
    private void notices() throws SQLException {
        String[] states = {
            "'PENDING', false, null, null, null",
            "'PENDING', true, null, null, null",
            "'SENT', false, now(), null, null",
            "'SENT', true, now(), null, null",
            "'DELIVERED', false, now(), now(), null",
            "'FAILED', false, null, null, now()"};
        for (long id : ids("select id from appeal where external_ref like ? and applicant_kind <> 'ANONYMOUS'"
                + " order by external_ref")) {
            int count = random.nextInt(100) < 40 ? 1 + random.nextInt(2) : 0;
            for (int i = 0; i < count; i++) {
                update("insert into notice (id, appeal_id, kind, channel, recipient, language, status, late, sent_at,"
                        + " delivered_at, failed_at, due_by, created_at, next_attempt_at, give_up_at, message_id)"
                        + " select nextval('notice_seq'), a.id, 'REGISTRATION', 'EMAIL', 'stats@example.org', 'ru', "
                        + states[random.nextInt(states.length)] + ", a.registered_on + 3, now(), now(), now(),"
                        + " 'stats-' || gen_random_uuid() from appeal a where a.id = ?", id);
            }
        }
        // the deadline watch: owed past the day, marked late; then some owed ones are sent after all
        try (PreparedStatement ps = c.prepareStatement("update notice set late = true where status = 'PENDING' and not late"
                + " and due_by < current_date and appeal_id in (select id from appeal where external_ref like ?)"
                + " and id % 2 = 0")) {
            ps.setString(1, "S-" + run + "-%");
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("update notice set status = 'SENT', sent_at = now()"
                + " where status = 'PENDING' and id % 3 = 0"
                + " and appeal_id in (select id from appeal where external_ref like ?)")) {
            ps.setString(1, "S-" + run + "-%");
            ps.executeUpdate();
        }
    }

    private List<Long> ids(String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, "S%-" + run + "-%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    private void update(String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }
}
