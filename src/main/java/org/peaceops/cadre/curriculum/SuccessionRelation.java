package org.peaceops.cadre.curriculum;

/** How an item of one edition lives on in its successor (CASE association replacedBy). */
public enum SuccessionRelation {
    REPLACED_BY, SPLIT_INTO, MERGED_INTO
}
