package org.peaceops.cadre.curriculum.report;

import java.util.Locale;
import org.peaceops.cadre.curriculum.Coverage;
import org.peaceops.cadre.curriculum.ItemLevel;
import org.peaceops.cadre.platform.i18n.Messages;

/** The report's texts in one supported language, shared by the CSV and the PDF so that both say the same. */
final class ReportTexts {

    private final Locale locale;

    ReportTexts(Locale requested) {
        this.locale = Messages.supported(requested);
    }

    /** The language the texts are in; the PDF formats its numbers in it too. */
    Locale locale() {
        return locale;
    }

    String get(String key, Object... arguments) {
        return Messages.format(locale, key, arguments);
    }

    String coverage(Coverage coverage) {
        return get("alignment.coverage." + coverage.name());
    }

    String level(ItemLevel level) {
        return get("alignment.level." + level.name());
    }

    String yesNo(boolean value) {
        return get(value ? "alignment.yes" : "alignment.no");
    }

    /** A known status translated; an unknown one as given rather than as ???key???. */
    String status(String status) {
        String key = "alignment.status." + status;
        return Messages.bundle(locale).containsKey(key) ? get(key) : status;
    }

    /** E.g. "3 (Published)"; the number is passed as text so that MessageFormat adds no grouping. */
    String version(AlignmentReport report) {
        return get("alignment.versionValue", String.valueOf(report.versionNumber()), status(report.versionStatus()));
    }

    String edition(AlignmentReport report) {
        return report.editionCode() + " — " + report.editionTitle();
    }
}
