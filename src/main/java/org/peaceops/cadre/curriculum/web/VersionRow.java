package org.peaceops.cadre.curriculum.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.peaceops.cadre.curriculum.CurriculumVersion;
import org.peaceops.cadre.curriculum.VersionStatus;

/** A curriculum version as the screens list it (newest first, as the service gives them). */
public record VersionRow(int number, VersionStatus status, Instant publishedAt, String publishedBy)
        implements Serializable {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    static List<VersionRow> of(List<CurriculumVersion> versions) {
        return versions.stream().map(v -> new VersionRow(v.getNumber(), v.getStatus(), v.getPublishedAt(),
                v.getPublishedBy())).toList();
    }

    public boolean isDraft() {
        return status == VersionStatus.DRAFT;
    }

    /** When it was published, in UTC to the minute: Mojarra's converter cannot apply a pattern to an Instant. */
    public String published() {
        return publishedAt == null ? "" : UTC.format(publishedAt);
    }
}
