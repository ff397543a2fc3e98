package kz.appeals.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Request bodies and calls for intake tests; every value is fresh so tests never share data. */
public final class IntakeFixtures {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private IntakeFixtures() {
    }

    /** A valid IIN: a plausible birth date and sex digit, a random serial and its check digit. */
    public static String newIin() {
        while (true) {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            String first11 = String.format("%02d%02d%02d%d%04d", r.nextInt(40, 99), r.nextInt(1, 13), r.nextInt(1, 29),
                    r.nextInt(3, 5), r.nextInt(10_000));
            int check = checkDigit(first11);
            if (check >= 0) {
                return first11 + check;
            }
        }
    }

    /** Written out again here, apart from the service's code, so that the tests check it. */
    public static int checkDigit(String first11) {
        int[] w1 = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        int[] w2 = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
        int s = 0;
        for (int i = 0; i < 11; i++) {
            s += (first11.charAt(i) - '0') * w1[i];
        }
        s %= 11;
        if (s == 10) {
            s = 0;
            for (int i = 0; i < 11; i++) {
                s += (first11.charAt(i) - '0') * w2[i];
            }
            s %= 11;
            if (s == 10) {
                return -1;
            }
        }
        return s;
    }

    /** A Kazakh mobile number that nobody else in the run uses. */
    public static String newPhone() {
        return String.format("+7701%07d", (System.nanoTime() / 1000 + SEQUENCE.incrementAndGet()) % 10_000_000);
    }

    public static String text() {
        return "Appeal " + SEQUENCE.incrementAndGet() + ": the heating in our building does not work since Monday.";
    }

    public static String individual(String iin, String phone) {
        return "{\"kind\":\"INDIVIDUAL\",\"fullName\":\"Aigerim Sadykova\""
                + (iin == null ? "" : ",\"iin\":\"" + iin + "\"")
                + (phone == null ? "" : ",\"phone\":\"" + phone + "\"") + "}";
    }

    public static String body(String channel, String type, String topic, String district, String applicant, String extra) {
        return "{\"channel\":\"" + channel + "\",\"type\":\"" + type + "\",\"topicCode\":\"" + topic
                + "\",\"districtCode\":\"" + district + "\",\"text\":\"" + text() + "\",\"applicant\":" + applicant
                + (extra == null || extra.isEmpty() ? "" : "," + extra) + "}";
    }

    /** A call-center complaint in Pavlodar by a new applicant. */
    public static String callCenter() {
        return body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL", individual(newIin(), newPhone()), null);
    }

    public static Response post(String token, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/api/v1/appeals");
    }

    public static Response post(String token, String body, String idempotencyKey) {
        return given().auth().oauth2(token).contentType("application/json").header("Idempotency-Key", idempotencyKey)
                .body(body).post("/api/v1/appeals");
    }
}
