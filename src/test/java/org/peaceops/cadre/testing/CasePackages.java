package org.peaceops.cadre.testing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.UUID;

/** CASE packages made up for tests: a fresh document each time, items in a tree of the size asked. */
public final class CasePackages {

    private static final String CHANGED = "2026-01-15T10:00:00+00:00";

    private CasePackages() {
    }

    /** {@code modules} modules of {@code lessons} lessons of {@code outcomes} learning outcomes each. */
    public static JsonObject framework(String title, int modules, int lessons, int outcomes) {
        String document = UUID.randomUUID().toString();
        JsonArrayBuilder items = Json.createArrayBuilder();
        JsonArrayBuilder links = Json.createArrayBuilder();
        for (int m = 1; m <= modules; m++) {
            String module = add(items, links, String.valueOf(m), "Module " + m, "Module", document, m);
            for (int l = 1; l <= lessons; l++) {
                String lesson = add(items, links, m + "." + l, "Lesson " + m + "." + l, "Lesson", module, l);
                for (int o = 1; o <= outcomes; o++) {
                    add(items, links, m + "." + l + "." + o, "Outcome " + m + "." + l + "." + o, "Learning Outcome",
                            lesson, o);
                }
            }
        }
        return Json.createObjectBuilder()
                .add("CFDocument", Json.createObjectBuilder().add("identifier", document)
                        .add("uri", "urn:uuid:" + document).add("creator", "Cadre tests").add("title", title)
                        .add("lastChangeDateTime", CHANGED))
                .add("CFItems", items)
                .add("CFAssociations", links)
                .build();
    }

    private static String add(JsonArrayBuilder items, JsonArrayBuilder links, String code, String title, String type,
                              String parent, int position) {
        String id = UUID.randomUUID().toString();
        items.add(Json.createObjectBuilder().add("identifier", id).add("uri", "urn:uuid:" + id)
                .add("humanCodingScheme", code).add("fullStatement", title).add("CFItemType", type)
                .add("lastChangeDateTime", CHANGED));
        String link = UUID.randomUUID().toString();
        links.add(Json.createObjectBuilder().add("identifier", link).add("uri", "urn:uuid:" + link)
                .add("associationType", "isChildOf").add("sequenceNumber", position)
                .add("originNodeURI", node(id, code)).add("destinationNodeURI", node(parent, "parent"))
                .add("lastChangeDateTime", CHANGED));
        return id;
    }

    private static JsonObject node(String id, String title) {
        return Json.createObjectBuilder().add("identifier", id).add("uri", "urn:uuid:" + id).add("title", title)
                .build();
    }
}
