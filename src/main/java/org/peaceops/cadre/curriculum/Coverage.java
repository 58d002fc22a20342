package org.peaceops.cadre.curriculum;

/** How well a curriculum covers an ITS item. */
public enum Coverage {
    FULL(1.0), PARTIAL(0.5), NONE(0.0);

    private final double factor;

    Coverage(double factor) {
        this.factor = factor;
    }

    /** The share of the item's duration that counts as covered. */
    public double factor() {
        return factor;
    }

    static Coverage of(MappingStrength strength) {
        return switch (strength) {
            case FULL -> FULL;
            case PARTIAL -> PARTIAL;
            case RELATED -> NONE;
        };
    }

    Coverage better(Coverage other) {
        return factor >= other.factor ? this : other;
    }
}
