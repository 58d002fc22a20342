package org.peaceops.cadre.curriculum;

/** How a lesson is delivered. */
public enum DeliveryMethod {
    LECTURE, DISCUSSION, EXERCISE, SCENARIO, FIELD, E_LEARNING
}
