package org.peaceops.cadre.curriculum;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The ITS editions Cadre ships ({@code reference/its-frameworks.json}): codes,
 * titles and durations, no lesson content. Identifiers are derived from the
 * edition and item codes, so every Cadre installation gives the same item the
 * same CASE identifier and exchanged curricula map onto the same items.
 */
public final class ReferenceFrameworks {

    static final String RESOURCE = "/reference/its-frameworks.json";
    /** When the shipped reference data was last revised. */
    static final java.time.Instant CHANGED_AT = java.time.Instant.parse("2026-11-24T00:00:00Z");

    private ReferenceFrameworks() {
    }

    public static List<ImportedFramework> load() {
        try (InputStream in = ReferenceFrameworks.class.getResourceAsStream(RESOURCE);
             JsonReader reader = Json.createReader(in)) {
            List<ImportedFramework> frameworks = new ArrayList<>();
            for (JsonObject edition : reader.readObject().getJsonArray("editions").getValuesAs(JsonObject.class)) {
                frameworks.add(framework(edition));
            }
            return frameworks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String identifier(String... codes) {
        return UUID.nameUUIDFromBytes(("cadre:its:" + String.join(":", codes)).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static ImportedFramework framework(JsonObject edition) {
        String code = edition.getString("code");
        EditionDetails details = new EditionDetails(code, edition.getString("title"),
                EditionFamily.valueOf(edition.getString("family")), edition.getString("publisher", null),
                edition.getString("language", null), edition.getString("description", null),
                EditionStatus.valueOf(edition.getString("status")), edition.getBoolean("unconfirmed", false));
        List<ImportedFramework.Item> items = new ArrayList<>();
        addItems(code, null, edition.getJsonArray("items"), items);
        return new ImportedFramework(identifier(code), details, CHANGED_AT, items);
    }

    private static void addItems(String editionCode, String parent, JsonArray children,
                                 List<ImportedFramework.Item> items) {
        for (JsonObject item : children.getValuesAs(JsonObject.class)) {
            String identifier = identifier(editionCode, item.getString("code"));
            ItemLevel level = ItemLevel.valueOf(item.getString("level"));
            items.add(new ImportedFramework.Item(identifier, parent, new ItemDescription(level,
                    item.getString("code"), item.getString("title"), level.itemType(),
                    item.containsKey("minutes") ? item.getInt("minutes") : null, item.getString("audience", null),
                    item.getString("themes", null), item.getBoolean("unconfirmed", false))));
            if (item.containsKey("children")) {
                addItems(editionCode, identifier, item.getJsonArray("children"), items);
            }
        }
    }
}
