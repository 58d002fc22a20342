package org.peaceops.cadre.course.schedule;

import java.util.List;

/** One broken rule, with the arguments its message needs (names, local times). */
public record ScheduleConflict(ConflictRule rule, List<String> arguments) {

    public ScheduleConflict {
        arguments = List.copyOf(arguments);
    }

    public static ScheduleConflict of(ConflictRule rule, String... arguments) {
        return new ScheduleConflict(rule, List.of(arguments));
    }

    public org.peaceops.cadre.platform.CadreException.Reason reason() {
        return new org.peaceops.cadre.platform.CadreException.Reason(rule.name(), rule.messageKey(), arguments);
    }

    public boolean isHard() {
        return rule.isHard();
    }
}
