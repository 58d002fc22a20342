package org.peaceops.cadre.course;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.peaceops.cadre.people.PersonnelCategory;
import org.peaceops.cadre.people.ProfileDetails;
import org.peaceops.cadre.people.RankBand;
import org.peaceops.cadre.platform.CadreException;
import org.peaceops.cadre.platform.i18n.Messages;

/**
 * Whether a trainee meets a course's prerequisites on the offering's first
 * day, and if not, why: each unmet prerequisite becomes a reason shown to
 * the staff member enrolling (and to the trainee).
 */
public final class PrerequisiteCheck {

    private PrerequisiteCheck() {
    }

    /** A prerequisite, as plain values. */
    public record Requirement(PrerequisiteKind kind, Long courseId, String courseLabel,
                              QualificationKind qualificationKind, Long editionId, String editionLabel,
                              PersonnelCategory category, RankBand rankBand, String language) {
    }

    /** A qualification the trainee holds. */
    public record Held(QualificationKind kind, Long editionId, Long courseId, LocalDate issuedOn, LocalDate expiresOn) {
    }

    /** What Cadre knows of the trainee; {@code profile} is null when none was recorded. */
    public record Trainee(ProfileDetails profile, Set<Long> completedCourseIds, List<Held> qualifications) {
    }

    /** One unmet prerequisite; its message key is {@code prerequisite.unmet.<KIND>}. */
    public record Unmet(PrerequisiteKind kind, List<String> arguments) {
        public String messageKey() {
            return "prerequisite.unmet." + kind.name();
        }

        public CadreException.Reason reason() {
            return new CadreException.Reason(kind.name(), messageKey(), arguments);
        }
    }

    public static List<Unmet> unmet(Collection<Requirement> requirements, Trainee trainee, LocalDate on) {
        List<Unmet> reasons = new ArrayList<>();
        for (Requirement requirement : requirements) {
            if (!met(requirement, trainee, on)) {
                reasons.add(new Unmet(requirement.kind(), arguments(requirement, on)));
            }
        }
        return List.copyOf(reasons);
    }

    static boolean met(Requirement requirement, Trainee trainee, LocalDate on) {
        ProfileDetails profile = trainee.profile();
        return switch (requirement.kind()) {
            case COURSE_COMPLETED -> trainee.completedCourseIds().contains(requirement.courseId());
            case QUALIFICATION -> trainee.qualifications().stream().anyMatch(held -> held.kind() == requirement.qualificationKind()
                    && (requirement.editionId() == null || requirement.editionId().equals(held.editionId()))
                    && QualificationRules.validOn(held.issuedOn(), held.expiresOn(), on));
            case PERSONNEL_CATEGORY -> profile != null && profile.category() == requirement.category();
            case MINIMUM_RANK -> profile != null && profile.rankBand() != null
                    && profile.rankBand().atLeast(requirement.rankBand());
            case LANGUAGE -> profile != null && profile.languages().contains(requirement.language());
        };
    }

    private static List<String> arguments(Requirement requirement, LocalDate on) {
        return switch (requirement.kind()) {
            case COURSE_COMPLETED -> List.of(requirement.courseLabel());
            case QUALIFICATION -> List.of(Messages.label(requirement.qualificationKind()),
                    requirement.editionLabel() == null ? "" : requirement.editionLabel(), on.toString());
            case PERSONNEL_CATEGORY -> List.of(Messages.label(requirement.category()));
            case MINIMUM_RANK -> List.of(Messages.label(requirement.rankBand()));
            case LANGUAGE -> List.of(requirement.language());
        };
    }
}
