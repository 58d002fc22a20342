package org.peaceops.cadre.course.schedule;

import java.time.LocalDate;

/** When one of an instructor's qualifications for the course (or its edition) is valid. */
public record QualificationPeriod(Long holderId, LocalDate issuedOn, LocalDate expiresOn) {
}
