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
 * cancelled after the fact. The statistics triggers must follow every one of them.
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
