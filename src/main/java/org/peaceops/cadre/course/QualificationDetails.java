package org.peaceops.cadre.course;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A qualification gained elsewhere, as staff record it: for a framework edition
 * or a course of the centre, with its dates and the evidence seen (certificate
 * number, issuing centre).
 */
public record QualificationDetails(
        @NotNull Long holderId,
        @NotNull QualificationKind kind,
        Long frameworkEditionId,
        Long courseId,
        @NotNull LocalDate issuedOn,
        LocalDate expiresOn,
        @NotBlank @Size(max = 500) String evidence) {
}
