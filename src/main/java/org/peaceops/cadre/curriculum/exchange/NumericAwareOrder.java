package org.peaceops.cadre.curriculum.exchange;

import java.util.Comparator;

/**
 * Orders codes as people read them: runs of digits compare as numbers, so
 * {@code 1.10} comes after {@code 1.9} and {@code L1.2} before {@code L1.10}.
 * Other characters compare without regard to case; texts equal on that basis
 * fall back to plain comparison so the order stays total.
 */
final class NumericAwareOrder implements Comparator<String> {

    static final NumericAwareOrder INSTANCE = new NumericAwareOrder();

    private NumericAwareOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (isDigit(x) && isDigit(y)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byNumber = compareNumbers(a.substring(i, endA), b.substring(j, endB));
                if (byNumber != 0) {
                    return byNumber;
                }
                i = endA;
                j = endB;
            } else {
                int byChar = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
                if (byChar != 0) {
                    return byChar;
                }
                i++;
                j++;
            }
        }
        int byRest = Integer.compare(a.length() - i, b.length() - j);
        return byRest != 0 ? byRest : a.compareTo(b);
    }

    /** Compares digit runs of any length without parsing them, so long codes cannot overflow. */
    private static int compareNumbers(String a, String b) {
        String x = stripLeadingZeros(a);
        String y = stripLeadingZeros(b);
        int byLength = Integer.compare(x.length(), y.length());
        return byLength != 0 ? byLength : x.compareTo(y);
    }

    private static String stripLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }

    private static int digitsEnd(String text, int from) {
        int end = from;
        while (end < text.length() && isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** ASCII digits only: codes use them, and other scripts' digits would not compare by value here. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
