package org.peaceops.cadre.curriculum.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.peaceops.cadre.curriculum.FrameworkEdition;
import org.peaceops.cadre.curriculum.FrameworkService;
import org.peaceops.cadre.platform.persistence.PageRequest;

/** The ITS editions to choose from, labelled "code · title"; CPTM-2017 is the usual reference. */
final class EditionChoices {

    static final String USUAL = "CPTM-2017";

    private EditionChoices() {
    }

    static LinkedHashMap<String, Long> all(FrameworkService frameworks) {
        LinkedHashMap<String, Long> choices = new LinkedHashMap<>();
        for (FrameworkEdition edition : frameworks.page(new PageRequest(0, PageRequest.MAX_LIMIT, "code", true,
                Map.of())).items()) {
            choices.put(edition.getCode() + " · " + edition.getTitle(), edition.getId());
        }
        return choices;
    }

    /** CPTM-2017 if present, else the first edition, else null. */
    static Long usual(Map<String, Long> choices) {
        return choices.entrySet().stream().filter(e -> e.getKey().startsWith(USUAL + " ")).map(Map.Entry::getValue)
                .findFirst().orElse(choices.values().stream().findFirst().orElse(null));
    }
}
