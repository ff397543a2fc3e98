package kz.appeals.statistics;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kz.appeals.support.IntakeFixtures;

/**
 * A random historical register as NDJSON for POST /imports/appeals: every channel, type,
 * outcome and district, applicant groups, repeat applicants, collective and anonymous appeals,
 * answers within and past the term (redirections within and past 3 working days, across
 * holidays), receptions with several
 * appeals, answers before and after the end of a period, and arrivals just before local
 * midnight in UTC. Answers come from agencies that serve the appeal's district (the import refuses
 * another district's). The same seed gives the same file.
 */
final class StatsRegister {
    static final Instant FIRST = OffsetDateTime.parse("2023-01-01T00:00:00+05:00").toInstant();
    private static final String[] CHANNELS = {"PORTAL", "CALL_CENTER", "RECEPTION", "WRITTEN"};
    private static final String[] TYPES = {"STATEMENT", "COMPLAINT", "PROPOSAL", "INQUIRY", "REPORT", "RESPONSE"};
    private static final String[] OUTCOMES = {"POSITIVE", "POSITIVE", "POSITIVE", "POSITIVE", "EXPLAINED", "EXPLAINED",
            "REJECTED", "REDIRECTED", "TERMINATED"};
    private static final String[] GROUPS = {"VETERAN", "DISABILITY", "YOUTH", "LARGE_FAMILY", "PENSIONER", "ORPHAN", "ENTREPRENEUR"};
    private static final String[] OFFICIAL_TYPES = {"AGENCY_HEAD", "MAJILIS_DEPUTY", "MASLIKHAT_DEPUTY", "OFFICE_HEAD"};
    private static final String[] FORMATS = {"REGULAR", "MOBILE", "THEMATIC"};

    private final Random random;
    private final String run;
    private final List<String> topics;
    private final List<String> districts;
    /** Each district's serving agencies: its own and the region-level ones, as an assignment allows. */
    private final Map<String, List<String>> agencies;
    private final Instant last;
    private final List<String> iins = new ArrayList<>();

    private record ReceptionPlan(String ref, String district, Instant heldAt, String json) {
    }

    StatsRegister(long seed, String run, List<String> topics, List<String> districts, Map<String, List<String>> agencies,
                  Instant now) {
        this.random = new Random(seed);
        this.run = run;
        this.topics = topics;
        this.districts = districts;
        this.agencies = agencies;
        this.last = now.minus(Duration.ofHours(2));
    }

    String ndjson(int appeals, int receptions) {
        List<ReceptionPlan> plans = new ArrayList<>();
        for (int j = 0; j < receptions; j++) {
            plans.add(reception(j));
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < appeals; i++) {
            out.append(line(i, plans)).append('\n');
        }
        return out.toString();
    }

    private ReceptionPlan reception(int j) {
        String ref = "SR-" + run + "-" + j;
        String district = pick(districts);
        Instant day = between(FIRST, last.minus(Duration.ofDays(1)));
        Instant heldAt = day.atOffset(ZoneOffset.ofHours(5)).toLocalDate().atTime(10, 0).atOffset(ZoneOffset.ofHours(5)).toInstant();
        String json = "{\"externalRef\":\"" + ref + "\",\"officialType\":\"" + pick(OFFICIAL_TYPES)
                + "\",\"officialName\":\"Stats Official " + random.nextInt(6) + "\",\"heldAt\":\"" + heldAt
                + "\",\"format\":\"" + pick(FORMATS) + "\",\"citizensReceived\":" + random.nextInt(31) + "}";
        return new ReceptionPlan(ref, district, heldAt, json);
    }

    private String line(int i, List<ReceptionPlan> plans) {
        String channel = pick(CHANNELS);
        String district = pick(districts);
        ReceptionPlan reception = null;
        Instant received;
        if (channel.equals("RECEPTION")) {
            reception = plans.get(random.nextInt(plans.size()));
            district = reception.district();
            received = reception.heldAt().plus(Duration.ofMinutes(random.nextInt(180)));
        } else if (random.nextInt(30) == 0) {
            // 23:30 UTC is 04:30 the next local day: the next local date, maybe the next year.
            Instant day = between(FIRST, last.minus(Duration.ofDays(2)));
            received = day.atOffset(ZoneOffset.UTC).toLocalDate().atTime(23, 30).toInstant(ZoneOffset.UTC);
        } else {
            received = between(FIRST, last);
        }
        boolean anonymous = random.nextInt(20) == 0;
        String type = anonymous ? "REPORT" : pick(TYPES);
        StringBuilder s = new StringBuilder("{\"externalRef\":\"S-").append(run).append('-').append(i)
                .append("\",\"channel\":\"").append(channel).append("\",\"type\":\"").append(type)
                .append("\",\"topicCode\":\"").append(pick(topics)).append("\",\"districtCode\":\"").append(district)
                .append("\",\"text\":\"Statistics test appeal number ").append(i).append(".\",\"applicant\":")
                .append(anonymous ? "{\"kind\":\"ANONYMOUS\"}" : applicant())
                .append(!anonymous && random.nextInt(10) == 0 ? ",\"signatories\":" + (2 + random.nextInt(40)) : "")
                .append(",\"receivedAt\":\"").append(received.atOffset(random.nextBoolean() ? ZoneOffset.UTC : ZoneOffset.ofHours(5)))
                .append('"');
        if (reception != null) {
            s.append(",\"reception\":").append(reception.json());
        }
        if (random.nextInt(100) < 80) {
            Instant resolved = received.plus(Duration.ofMinutes(random.nextInt(45 * 24 * 60)));
            if (resolved.isBefore(last)) {
                s.append(",\"resolution\":{\"agencyCode\":\"").append(pick(agencies.get(district))).append("\",\"resolvedAt\":\"")
                        .append(resolved).append("\",\"outcome\":\"").append(pick(OUTCOMES))
                        .append("\",\"answer\":\"Answered for the statistics test.\"}");
            }
        }
        return s.append('}').toString();
    }

    /** An individual, now and then one seen before (repeat appeals), in zero, one or two social groups. */
    private String applicant() {
        String iin;
        if (!iins.isEmpty() && random.nextInt(4) == 0) {
            iin = iins.get(random.nextInt(iins.size()));
        } else {
            iin = IntakeFixtures.newIin();
            if (iins.size() < 200) {
                iins.add(iin);
            }
        }
        int roll = random.nextInt(10);
        String groups = roll < 6 ? "" : roll < 9 ? "\"" + pick(GROUPS) + "\""
                : "\"" + GROUPS[random.nextInt(3)] + "\",\"" + GROUPS[3 + random.nextInt(4)] + "\"";
        return "{\"kind\":\"INDIVIDUAL\",\"fullName\":\"Stats Applicant\",\"iin\":\"" + iin + "\""
                + (groups.isEmpty() ? "" : ",\"groups\":[" + groups + "]") + "}";
    }

    private Instant between(Instant a, Instant b) {
        return a.plusSeconds((long) (random.nextDouble() * (b.getEpochSecond() - a.getEpochSecond())));
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
