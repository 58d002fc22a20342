package org.peaceops.cadre.curriculum;

import java.util.Locale;

/** Where an item sits in an edition: module, lesson, learning outcome, or another grouping. */
public enum ItemLevel {
    MODULE, LESSON, OUTCOME, OTHER;

    /** Reads a CASE CFItemType such as "Module", "Lesson" or "Learning Outcome". */
    public static ItemLevel ofItemType(String itemType) {
        if (itemType == null) {
            return OTHER;
        }
        String type = itemType.toLowerCase(Locale.ROOT);
        if (type.contains("outcome")) {
            return OUTCOME;
        }
        if (type.contains("lesson")) {
            return LESSON;
        }
        return type.contains("module") ? MODULE : OTHER;
    }

    /** The CASE CFItemType written for this level. */
    public String itemType() {
        return switch (this) {
            case MODULE -> "Module";
            case LESSON -> "Lesson";
            case OUTCOME -> "Learning Outcome";
            case OTHER -> null;
        };
    }
}
