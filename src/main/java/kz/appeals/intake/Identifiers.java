package kz.appeals.intake;

/**
 * Kazakhstan's 12-digit identification numbers (IIN of a person, BIN of an entity)
 * share one check-digit rule: weights 1..11, and if the remainder is 10, weights 3..11,1,2.
 */
public final class Identifiers {
    private static final int[] FIRST = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private Identifiers() {
    }

    public static boolean validChecksum(String number) {
        if (number == null || !number.matches("[0-9]{12}")) {
            return false;
        }
        int check = checkDigit(number.substring(0, 11));
        return check >= 0 && check == number.charAt(11) - '0';
    }

    /** The check digit of the first 11 digits, or -1 when no valid number has them. */
    public static int checkDigit(String first11) {
        int sum = weighted(first11, FIRST) % 11;
        if (sum == 10) {
            sum = weighted(first11, SECOND) % 11;
            if (sum == 10) {
                return -1;
            }
        }
        return sum;
    }

    /** An IIN's birth date and sex digit must be plausible too (digits 1-6 a date, 7th 0-6). */
    public static boolean plausibleIin(String iin) {
        if (!validChecksum(iin)) {
            return false;
        }
        int month = Integer.parseInt(iin.substring(2, 4));
        int day = Integer.parseInt(iin.substring(4, 6));
        int century = iin.charAt(6) - '0';
        return month >= 1 && month <= 12 && day >= 1 && day <= 31 && century <= 6;
    }

    private static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }
}
