package org.storyline.language.internal.numbers;

/**
 * A number written in digits, read the English way: "," (or a no-break or thin space) groups thousands and "."
 * starts the decimals. "2,600" is 2600, "1.5" is one and a half, "2.600" is two point six (never 2600), and
 * "1.000.000", "1,5" or "2,60" are not numbers at all.
 *
 * @param integer        the whole part
 * @param fraction       the decimals as an integer ("1.05" has fraction 5 with 2 digits)
 * @param fractionDigits how many decimals
 * @param integerDigits  how many digits the whole part has
 * @param separated      whether the whole part has thousands separators
 */
record Digits(long integer, long fraction, int fractionDigits, int integerDigits, boolean separated) {
    private static final int MAX_INTEGER_DIGITS = 15;
    private static final int MAX_FRACTION_DIGITS = 9;

    /** The number in {@code text[start, end)}, or null when it is not well formed. */
    static Digits parse(CharSequence text, int start, int end) {
        long integer = 0;
        int integerDigits = 0;
        int groupDigits = 0;
        int groups = 1;
        int i = start;
        for (; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                integer = integer * 10 + (c - '0');
                integerDigits++;
                groupDigits++;
                if (integerDigits > MAX_INTEGER_DIGITS) {
                    return null;
                }
            } else if (c == ',' || c == '\u00A0' || c == '\u2009' || c == '\u202F') {
                if ((groups == 1 && groupDigits > 3) || (groups > 1 && groupDigits != 3)) {
                    return null;
                }
                groups++;
                groupDigits = 0;
            } else {
                break;
            }
        }
        if (groups > 1 && groupDigits != 3) {
            return null;
        }
        if (integerDigits > 1 && text.charAt(start) == '0') {
            return null;
        }
        long fraction = 0;
        int fractionDigits = 0;
        if (i < end) {
            if (text.charAt(i) != '.') {
                return null;
            }
            for (i++; i < end; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9' || ++fractionDigits > MAX_FRACTION_DIGITS) {
                    return null;
                }
                fraction = fraction * 10 + (c - '0');
            }
            if (fractionDigits == 0) {
                return null;
            }
        }
        return new Digits(integer, fraction, fractionDigits, integerDigits, groups > 1);
    }

    /**
     * The number times a scale ("1.5" times a million), or -1 when the result is not a whole number (decimals
     * without a scale: "2.5", "2.600") or does not fit a long.
     */
    long times(long scale) {
        try {
            if (fractionDigits == 0) {
                return Math.multiplyExact(integer, scale);
            }
            if (scale == 1) {
                return -1;
            }
            long pow = 1;
            for (int k = 0; k < fractionDigits; k++) {
                pow *= 10;
            }
            long scaled = Math.multiplyExact(Math.addExact(Math.multiplyExact(integer, pow), fraction), scale);
            return scaled % pow == 0 ? scaled / pow : -1;
        } catch (ArithmeticException overflow) {
            return -1;
        }
    }

    /** A bare four-digit number that could be a year (1000 to 2100). */
    boolean yearLike() {
        return !separated && fractionDigits == 0 && integerDigits == 4 && integer >= 1000 && integer <= 2100;
    }
}
