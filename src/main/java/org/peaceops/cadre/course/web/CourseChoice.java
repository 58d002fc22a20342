package org.peaceops.cadre.course.web;

import java.io.Serializable;
import java.util.List;
import org.peaceops.cadre.course.Course;

/** A course as the offering dialog offers it, with what it proposes for a new offering. */
public record CourseChoice(Long id, String label, int maxSeats, int defaultDays, List<String> languages)
        implements Serializable {

    public CourseChoice {
        languages = List.copyOf(languages);
    }

    static CourseChoice of(Course course) {
        return new CourseChoice(course.getId(), course.getCode() + " · " + course.getTitle(), course.getMaxSeats(),
                course.getDefaultDays(), course.getLanguages());
    }
}
