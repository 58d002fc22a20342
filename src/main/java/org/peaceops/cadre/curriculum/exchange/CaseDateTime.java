package org.peaceops.cadre.curriculum.exchange;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CASE's lastChangeDateTime values. The schema wants RFC 3339 date-times, with
 * an offset; OpenSALT's own exports leave the offset out although they mean
 * UTC, so such values are accepted and written back with {@code +00:00}.
 */
final class CaseDateTime {

    private static final Pattern SHAPE =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})?");

    private CaseDateTime() {
    }

    static boolean isValid(String value) {
        Matcher shape = SHAPE.matcher(value);
        if (!shape.matches()) {
            return false;
        }
        try {
            // the pattern admits 2017-13-45T25:61:00; parsing the value rules that out
            OffsetDateTime.parse(withOffset(value));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The value with {@code +00:00} added when it has no offset; a value that is not a date-time is left as it is. */
    static String withOffset(String value) {
        Matcher shape = SHAPE.matcher(value);
        return shape.matches() && shape.group(2) == null ? value + "+00:00" : value;
    }
}
