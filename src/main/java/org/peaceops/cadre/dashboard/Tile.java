package org.peaceops.cadre.dashboard;

/** One figure on a dashboard: a message key for its label, its value and where to go for more. */
public record Tile(String labelKey, long value, String outcome) implements java.io.Serializable {
}
