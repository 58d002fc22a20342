package org.peaceops.cadre.curriculum;

/** What a node of a centre's curriculum is; outcomes sit under lessons, lessons under modules. */
public enum NodeKind {
    MODULE, LESSON, OUTCOME;

    /** The kinds a node of this kind may hold. */
    public boolean mayHold(NodeKind child) {
        return switch (this) {
            case MODULE -> child == LESSON;
            case LESSON -> child == OUTCOME;
            case OUTCOME -> false;
        };
    }
}
