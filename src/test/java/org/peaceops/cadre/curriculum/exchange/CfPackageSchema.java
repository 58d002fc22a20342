package org.peaceops.cadre.curriculum.exchange;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * OpenSALT's CFPackage schema, as a check on what Cadre writes. The schema
 * names no draft; it uses draft-04 keywords and OpenSALT validates with a
 * draft-04 validator, so it is read as draft-04. Format assertions are turned
 * on explicitly, so that uri and date-time values are checked and not merely
 * annotated; the OpenAPI formats it also names (int32, float) are known to the
 * validator.
 */
public final class CfPackageSchema {

    private static final JsonSchema SCHEMA = load();

    private CfPackageSchema() {
    }

    /** The schema's complaints about a package, empty if it passes. */
    public static List<String> violations(byte[] json) {
        return SCHEMA.validate(new String(json, StandardCharsets.UTF_8), InputFormat.JSON).stream()
                .map(ValidationMessage::getMessage).sorted().toList();
    }

    private static JsonSchema load() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream schema = CfPackageSchema.class.getResourceAsStream("/case/case-v1p0-cfpackage-schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
