import java.util.random.RandomGenerator;
import kz.appeals.intake.Identifiers;
import kz.appeals.intake.RegistrationNumbers;

/**
 * Identifiers for the bench's data by the service's own rules: the check digit of IINs and BINs
 * (kz.appeals.intake.Identifiers) and the registration number's form (RegistrationNumbers), from
 * the service's classes on the class path (target/classes), so the bench cannot drift from them.
 */
final class Ids {
    static final String[] MOBILE = {"701", "702", "705", "707", "747", "771", "775", "777", "778"};

    private Ids() {
    }

    /** A valid, plausible IIN: a birth date from 1940 to 2007, its century and sex digit, a serial. */
    static String iin(RandomGenerator r) {
        while (true) {
            int yy = r.nextInt(40, 100 + 8) % 100;
            int century = yy < 10 ? 5 + r.nextInt(2) : 3 + r.nextInt(2);
            String first11 = String.format("%02d%02d%02d%d%04d", yy, r.nextInt(1, 13), r.nextInt(1, 29), century,
                    r.nextInt(10_000));
            int c = Identifiers.checkDigit(first11);
            if (c >= 0) {
                return first11 + c;
            }
        }
    }

    /** A valid BIN (an entity registered from 2000 to 2024). */
    static String bin(RandomGenerator r) {
        while (true) {
            String first11 = String.format("%02d%02d4%06d", r.nextInt(0, 25), r.nextInt(1, 13), r.nextInt(1_000_000));
            int c = Identifiers.checkDigit(first11);
            if (c >= 0) {
                return first11 + c;
            }
        }
    }

    /** The check digit of 11 digits, or -1 when no valid number has them. */
    static int checkDigit(String first11) {
        return Identifiers.checkDigit(first11);
    }

    /** A Kazakh mobile number in E.164, as the service stores phones. */
    static String phone(RandomGenerator r) {
        return "+7" + MOBILE[r.nextInt(MOBILE.length)] + String.format("%07d", r.nextInt(10_000_000));
    }

    /** The registration number of the serial-th appeal of a district's year. */
    static String number(int year, String district, long serial) {
        return RegistrationNumbers.format(year, district, serial);
    }
}
