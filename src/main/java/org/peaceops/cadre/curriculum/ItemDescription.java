package org.peaceops.cadre.curriculum;

/**
 * What an item says, apart from where it sits: level, code, title, the CASE
 * item type, recommended duration, audience and cross-cutting themes (comma
 * separated codes), and whether the entry still needs confirming.
 */
public record ItemDescription(ItemLevel level, String code, String title, String itemType,
                              Integer recommendedMinutes, String audience, String themes, boolean unconfirmed) {
}
