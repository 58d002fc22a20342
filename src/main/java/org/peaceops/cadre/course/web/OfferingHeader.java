package org.peaceops.cadre.course.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.peaceops.cadre.course.Offering;
import org.peaceops.cadre.course.OfferingStatus;

/** What the offering page shows at its top, and the version its actions must name. */
public record OfferingHeader(Long id, long version, String courseCode, String courseTitle, Long curriculumVersionId,
                             List<String> courseLanguages, OfferingStatus status, LocalDate startsOn, LocalDate endsOn,
                             String language, int seats, int enrolled, String note, String timeZone)
        implements Serializable {

    public OfferingHeader {
        courseLanguages = List.copyOf(courseLanguages);
    }

    static OfferingHeader of(Offering offering) {
        return new OfferingHeader(offering.getId(), offering.getVersion(), offering.getCourse().getCode(),
                offering.getCourse().getTitle(), offering.getCourse().getCurriculumVersion().getId(),
                offering.getCourse().getLanguages(), offering.getStatus(), offering.getStartsOn(), offering.getEndsOn(),
                offering.getLanguage(), offering.getSeats(), offering.getEnrolled(), offering.getNote(),
                offering.getCentre().getTimeZone());
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public boolean isClosed() {
        return status.isClosed();
    }

    public boolean isPlanned() {
        return status == OfferingStatus.PLANNED;
    }

    public boolean isOpen() {
        return status == OfferingStatus.OPEN;
    }
}
