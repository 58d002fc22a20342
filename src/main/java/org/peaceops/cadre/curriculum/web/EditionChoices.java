package org.peaceops.cadre.curriculum.web;

import jakarta.faces.context.FacesContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.peaceops.cadre.curriculum.FrameworkEdition;
import org.peaceops.cadre.curriculum.FrameworkService;
import org.peaceops.cadre.platform.i18n.Messages;
import org.peaceops.cadre.platform.persistence.PageRequest;

/**
 * The ITS editions to choose from, labelled "code · title", and "(empty)" after
 * an edition that has no items yet (listed by its title only until its CASE
 * package is imported); CPTM-2017 is the usual reference.
 */
final class EditionChoices {

    static final String USUAL = "CPTM-2017";

    private EditionChoices() {
    }

    static LinkedHashMap<String, Long> all(FrameworkService frameworks) {
        return all(frameworks, new java.util.HashSet<>());
    }

    /** As {@link #all(FrameworkService)}, adding the ids of the editions without items to {@code empty}. */
    static LinkedHashMap<String, Long> all(FrameworkService frameworks, Set<Long> empty) {
        List<FrameworkEdition> editions = frameworks.page(new PageRequest(0, PageRequest.MAX_LIMIT, "code", true,
                Map.of())).items();
        Map<Long, Long> counts = frameworks.itemCounts(editions.stream().map(FrameworkEdition::getId).toList());
        String emptySuffix = " " + Messages.format(locale(), "framework.emptySuffix");
        LinkedHashMap<String, Long> choices = new LinkedHashMap<>();
        for (FrameworkEdition edition : editions) {
            boolean hasItems = counts.getOrDefault(edition.getId(), 0L) > 0;
            if (!hasItems) {
                empty.add(edition.getId());
            }
            choices.put(edition.getCode() + " · " + edition.getTitle() + (hasItems ? "" : emptySuffix),
                    edition.getId());
        }
        return choices;
    }

    /** CPTM-2017 if present, else the first edition, else null. */
    static Long usual(Map<String, Long> choices) {
        return choices.entrySet().stream().filter(e -> e.getKey().startsWith(USUAL + " ")).map(Map.Entry::getValue)
                .findFirst().orElse(choices.values().stream().findFirst().orElse(null));
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }
}
