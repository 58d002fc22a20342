package org.peaceops.cadre.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.servers.Server;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Finishes the OpenAPI document that Payara builds from the resources
 * (registered as {@code mp.openapi.filter}), for what annotations cannot say
 * once for the whole API:
 * <ul>
 * <li>the problem answers and paging parameters of every operation ({@link OperationConventions});</li>
 * <li>the values of each enum that {@code mp.openapi.schema.*} maps to a named schema, read from the
 * enum itself so that the document cannot fall behind the code;</li>
 * <li>standard form: Payara adds a non-standard {@code endpoints} list, a server URL ending in a slash
 * and one copy of a tag per resource that uses it.</li>
 * </ul>
 * The OpenAPI lint in the integration tests checks the result.
 */
public class ApiDocumentFilter implements OASFilter {

    static final String SCHEMA_MAPPING = "mp.openapi.schema.";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        dropPayaraEndpoints(api);
        trimServerUrls(api);
        mergeTags(api);
        Map<String, Schema> schemas = api.getComponents() == null ? null : api.getComponents().getSchemas();
        if (schemas != null) {
            schemas.values().forEach(ApiDocumentFilter::dropAnnotationDefaults);
            enumValues(schemas);
        }
        OperationConventions.apply(api);
    }

    /**
     * Payara lists every path again under a top-level {@code endpoints} key that
     * OpenAPI does not know. It is a field of Payara's model class only, so it
     * can be emptied only by reflection (Payara omits empty values when it
     * writes the document, and fails on a missing one); another model has
     * nothing to empty.
     */
    private static void dropPayaraEndpoints(OpenAPI api) {
        try {
            api.getClass().getMethod("setEndpoints", Map.class).invoke(api, new HashMap<String, Set<String>>());
        } catch (ReflectiveOperationException notPayaras) {
            // Nothing to drop.
        }
    }

    /** Paths start with a slash, so a server URL must not end with one. */
    private static void trimServerUrls(OpenAPI api) {
        if (api.getServers() == null) {
            return;
        }
        for (Server server : api.getServers()) {
            String url = server.getUrl();
            if (url != null && url.length() > 1 && url.endsWith("/")) {
                server.setUrl(url.substring(0, url.length() - 1));
            }
        }
    }

    /** One tag per name, keeping the description given in {@link CadreApi}. */
    private static void mergeTags(OpenAPI api) {
        if (api.getTags() == null) {
            return;
        }
        Map<String, Tag> byName = new LinkedHashMap<>();
        for (Tag tag : api.getTags()) {
            byName.merge(tag.getName(), tag, (kept, other) -> kept.getDescription() != null ? kept : other);
        }
        api.setTags(new ArrayList<>(byName.values()));
    }

    /**
     * Payara writes every attribute of a class's {@code @Schema}, defaults
     * included, and some of those say something: {@code maxProperties: 0} would
     * forbid every property. Each default dropped here is OpenAPI's own default.
     */
    private static void dropAnnotationDefaults(Schema schema) {
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
    }

    /**
     * Gives each schema that configuration maps to a Java enum the enum's
     * constants, which JSON-B writes and reads by name.
     */
    private void enumValues(Map<String, Schema> schemas) {
        Config config = ConfigProvider.getConfig(getClass().getClassLoader());
        for (String property : config.getPropertyNames()) {
            if (!property.startsWith(SCHEMA_MAPPING)) {
                continue;
            }
            String className = property.substring(SCHEMA_MAPPING.length());
            Schema schema = schemas.get(schemaName(className, config.getValue(property, String.class)));
            Class<?> type = load(className);
            if (schema != null && type != null && type.isEnum()) {
                schema.setEnumeration(Arrays.stream(type.getEnumConstants())
                        .map(constant -> (Object) ((Enum<?>) constant).name()).toList());
            }
        }
    }

    /** The name the mapping gives the schema, else the class's simple name (as Payara names it). */
    static String schemaName(String className, String mapping) {
        try (JsonReader reader = Json.createReader(new StringReader(mapping))) {
            return reader.readObject().getString("name", className.substring(className.lastIndexOf('.') + 1));
        }
    }

    private Class<?> load(String className) {
        try {
            return Class.forName(className, false, getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
