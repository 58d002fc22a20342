package org.peaceops.cadre.training;

import java.util.EnumMap;
import java.util.Map;

/** How a session's roll call stands: how many people are on it, and how many have each mark. */
public record RollCallCounts(long roll, Map<AttendanceMark, Long> marked) implements java.io.Serializable {

    public RollCallCounts {
        marked = Map.copyOf(marked);
    }

    static RollCallCounts of(long roll, Map<AttendanceMark, Long> counted) {
        Map<AttendanceMark, Long> all = new EnumMap<>(AttendanceMark.class);
        for (AttendanceMark mark : AttendanceMark.values()) {
            all.put(mark, counted.getOrDefault(mark, 0L));
        }
        return new RollCallCounts(roll, all);
    }

    public long count(AttendanceMark mark) {
        return marked.getOrDefault(mark, 0L);
    }

    /** People nobody has marked yet. */
    public long unmarked() {
        return roll - marked.values().stream().mapToLong(Long::longValue).sum();
    }
}
