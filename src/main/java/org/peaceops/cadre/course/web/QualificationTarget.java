package org.peaceops.cadre.course.web;

import org.peaceops.cadre.course.Qualification;

/** What a qualification is for, as lists show it: the framework edition's code, else the course's. */
final class QualificationTarget {

    private QualificationTarget() {
    }

    static String of(Qualification qualification) {
        if (qualification.getFrameworkEdition() != null) {
            return qualification.getFrameworkEdition().getCode();
        }
        return qualification.getCourse() == null ? "" : qualification.getCourse().getCode();
    }
}
