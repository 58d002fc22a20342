package org.peaceops.cadre.platform;

import java.util.List;

/**
 * The request is valid but clashes with the current state: a duplicate name,
 * a record edited by someone else meanwhile, a record still in use.
 */
public class ConflictException extends CadreException {

    private final transient List<Reason> reasons;

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.reasons = List.of();
    }

    /** A clash with several reasons, e.g. every conflict of a timetable change. */
    public ConflictException(List<Reason> reasons, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.reasons = List.copyOf(reasons);
    }

    @Override
    public List<Reason> reasons() {
        return reasons;
    }

    public static ConflictException staleVersion() {
        return new ConflictException("error.staleVersion");
    }
}
