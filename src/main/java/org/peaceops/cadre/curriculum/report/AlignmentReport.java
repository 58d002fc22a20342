package org.peaceops.cadre.curriculum.report;

import java.time.Instant;
import java.util.Objects;
import org.peaceops.cadre.curriculum.AlignmentCalculator;

/**
 * What an alignment report is about, and its result. {@code versionStatus} is
 * the curriculum version's status name (DRAFT, PUBLISHED, SUPERSEDED): the
 * report translates it, so that a reviewer can see at once that a draft is one.
 */
public record AlignmentReport(String centreName, String curriculumTitle, int versionNumber, String versionStatus,
                              String editionCode, String editionTitle, Instant generatedAt,
                              AlignmentCalculator.Result result) {

    public AlignmentReport {
        Objects.requireNonNull(centreName, "centreName");
        Objects.requireNonNull(curriculumTitle, "curriculumTitle");
        Objects.requireNonNull(versionStatus, "versionStatus");
        Objects.requireNonNull(editionCode, "editionCode");
        Objects.requireNonNull(editionTitle, "editionTitle");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(result, "result");
        if (versionNumber < 1) {
            throw new IllegalArgumentException("A curriculum version is numbered from 1, not " + versionNumber);
        }
    }

    /** The report of an alignment computed by {@link org.peaceops.cadre.curriculum.CurriculumReports}. */
    public static AlignmentReport of(org.peaceops.cadre.curriculum.CurriculumReports.Alignment alignment,
                                     Instant generatedAt) {
        return new AlignmentReport(alignment.curriculum().getCentre().getName(), alignment.curriculum().getTitle(),
                alignment.version().getNumber(), alignment.version().getStatus().name(),
                alignment.edition().getCode(), alignment.edition().getTitle(), generatedAt, alignment.result());
    }
}
